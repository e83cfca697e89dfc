import { foldText } from '@diplograph/schema';
import { countriesIn, countryNamed, countryOfAdjective } from './countries.js';
import type { Lexicon } from './lexicon.js';
import { namesIn, spanText } from './names.js';
import type { ParsedSentence, Word } from './parsed.js';
import type { Passage } from './people.js';

/** A body an article names: a ministry, an agency, a group, a forum. */
export interface OrganizationReading {
  name: string;
  acronym: string | null;
  country: string | null;
  mentions: Passage[];
  evidence: Passage;
}

/** First words of the names of bodies, folded, in the three languages. */
const HEADS = new Set([
  ...[
    'ministere',
    'ambassade',
    'consulat',
    'direction',
    'groupe',
    'comite',
    'commission',
    'conseil',
    'dialogue',
  ],
  ...[
    'forum',
    'gouvernement',
    'agence',
    'banque',
    'fonds',
    'institut',
    'observatoire',
    'office',
    'organisation',
  ],
  ...[
    'union',
    'processus',
    'parlement',
    'secretariat',
    'surete',
    'service',
    'federation',
    'association',
    'haut-commissariat',
  ],
  ...[
    'ministry',
    'embassy',
    'department',
    'group',
    'committee',
    'council',
    'government',
    'agency',
    'bank',
    'fund',
  ],
  ...['institute', 'organization', 'organisation', 'process', 'parliament', 'secretariat'],
  ...[
    'ministerio',
    'embajada',
    'consulado',
    'direccion',
    'grupo',
    'comision',
    'consejo',
    'dialogo',
    'foro',
    'gobierno',
  ],
  ...[
    'agencia',
    'banco',
    'fondo',
    'instituto',
    'oficina',
    'organizacion',
    'proceso',
    'parlamento',
    'secretaria',
    'servicio',
  ],
]);
const MINISTRY = new Set(['ministere', 'ministry', 'ministerio']);
const ACRONYM = /^[A-Z][A-Z0-9&]{1,9}$/;

const isAcronym = (w: Word) => ACRONYM.test(w.text) && !countryNamed(w.text);

/**
 * The bodies an article names: what the model tags as an organization (unless it is a title,
 * "ministre de l'Intérieur", or a country), names that start with a body's word ("Processus de
 * Rabat"), ministries by portfolio ("ministère de l'Intérieur") and acronyms with their long form.
 */
export function readOrganizations(
  sentences: ParsedSentence[],
  text: string,
  lexicon: Lexicon,
): OrganizationReading[] {
  const found = new Map<string, OrganizationReading>();
  const add = (name: string, passage: Passage, acronym: string | null) => {
    const clean = name
      .replace(/^[''’"]+|[''’"]+$/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (clean.length < 2) return;
    const key = foldText(clean);
    const existing = found.get(key) ?? [...found.values()].find((o) => acronym && o.acronym === acronym);
    if (existing) {
      existing.mentions.push(passage);
      existing.acronym ??= acronym;
      return;
    }
    const country = countriesIn(clean).find((c) => c) ?? null;
    found.set(key, { name: clean, acronym, country, mentions: [passage], evidence: passage });
  };
  for (const sentence of sentences) {
    const { words } = sentence;
    for (const name of namesIn(sentence, text)) {
      const run = words.slice(name.from, name.to);
      const first = run[0];
      if (!first) continue;
      const headed = HEADS.has(first.folded) || HEADS.has(first.lemma);
      const tagged = name.class === 'ORG' || (name.class === 'MISC' && headed);
      if (!tagged && !(run.length === 1 && isAcronym(first) && name.class !== 'PER')) continue;
      if (lexicon.titles.includes(first.folded) || lexicon.titles.includes(first.lemma)) continue;
      if (countryNamed(name.text) || (run.length === 1 && countryOfAdjective(first.text))) continue;
      // "Interior", "Gobierno": a portfolio or a common noun alone names no body.
      if (run.length === 1 && !isAcronym(first) && (HEADS.has(first.folded) || first.pos !== 'PROPN'))
        continue;
      add(
        name.text,
        { start: name.start, end: name.end },
        run.length === 1 && isAcronym(first) ? first.text : null,
      );
    }
    // Ministries by portfolio, which the models often miss: "ministère de l'Intérieur".
    for (const w of words) {
      if (!w.inStory || !MINISTRY.has(w.folded)) continue;
      const rest = words.slice(w.i + 1, w.i + 8);
      const stop = rest.findIndex(
        (r) =>
          r.pos === 'PUNCT' || r.pos === 'VERB' || r.pos === 'AUX' || r.folded === 'et' || r.folded === 'and',
      );
      const tail = stop < 0 ? rest : rest.slice(0, stop);
      const lastCapital = tail.map((r) => /^\p{Lu}/u.test(r.text)).lastIndexOf(true);
      if (lastCapital < 0) continue;
      const span = spanText(text, [w, ...tail.slice(0, lastCapital + 1)]);
      // Country adjectives after the portfolio belong to the name: "ministère de l'Intérieur marocain".
      const next = tail[lastCapital + 1];
      const withCountry =
        next && countryOfAdjective(next.text) ? spanText(text, [w, ...tail.slice(0, lastCapital + 2)]) : span;
      add(withCountry.text, { start: withCountry.start, end: withCountry.end }, null);
    }
    // "Agence nationale de promotion de l'emploi et des compétences (ANAPEC)".
    for (const w of words) {
      if (!isAcronym(w) || words[w.i - 1]?.text !== '(' || words[w.i + 1]?.text !== ')') continue;
      const acronym = w.text;
      for (const org of found.values()) {
        if (org.acronym === null && org.evidence.end <= w.start && w.start - org.evidence.end <= 3)
          org.acronym = acronym;
      }
    }
  }
  return [...found.values()];
}
