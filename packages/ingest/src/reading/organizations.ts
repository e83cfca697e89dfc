import { foldText } from '@diplograph/schema';
import { overlaps } from '../text/region.js';
import { AND } from './conjunctions.js';
import { countriesIn, countryNamed, countryOfAdjective, countryOfPlace } from './countries.js';
import type { Lexicon } from './lexicon.js';
import { isCapitalizedProper, nameClass, namesIn, properRunEnd, spanText } from './names.js';
import {
  CREDITS,
  hasDocumentWord,
  hasTitle,
  isDirectorate,
  isMeetingAcronym,
  isPortfolio,
  isPress,
} from './organization-filters.js';
import { type ParsedSentence, subtree, type Word } from './parsed.js';
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
  ...['consulats', 'ambassades', 'consulates', 'embassies', 'consulados', 'embajadas'],
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
/** Portfolios English writes in lower case before the head: "the foreign ministry". */
const PORTFOLIOS = new Set([
  ...['foreign', 'interior', 'home', 'justice', 'employment', 'labour', 'labor', 'health'],
  ...['education', 'finance', 'economy', 'defence', 'defense', 'agriculture', 'migration'],
]);
/** Plural heads: "the Ministries of Interior of the two countries" are bodies, not one body. */
const PLURAL_MINISTRIES = new Set(['ministeres', 'ministries', 'ministerios']);
/** Common nouns of bodies that come before the body's own name: "l'association Freshuelva". */
const BODY_NOUNS = new Set([
  'association',
  'federation',
  'ong',
  'syndicat',
  'entreprise',
  'societe',
  'cooperative',
  'asociacion',
  'federacion',
  'empresa',
  'sindicato',
  'company',
  'firm',
  'ngo',
  'union',
  'group',
  'groupe',
  'grupo',
  'agency',
  'agence',
  'agencia',
  'organisation',
  'organization',
  'organizacion',
  'collectif',
  'colectivo',
  'charity',
  'patronal',
]);
const GOVERNMENTS = new Set(['gouvernement', 'government', 'gobierno', 'governo']);
const QUOTES = /^(''|‘‘|’’|«|»|"|“|”|‘|’)$/;
const LINKS = new Set(['l', "l'", 'l’', 'la', 'le', 'de', 'du', 'des', 'the', 'of', 'el', 'del']);
const ACRONYM = /^[A-Z][A-Z0-9&]{1,9}$/;

const isAcronym = (w: Word) => ACRONYM.test(w.text) && !countryNamed(w.text) && !CREDITS.has(w.text);

/** The run of up to four capitalized proper nouns that starts at a word, whole: "Caminando Fronteras". */
function properNameAt(words: Word[], from: number): Word[] | undefined {
  if (!isCapitalizedProper(words[from]) || isCapitalizedProper(words[from - 1])) return undefined;
  const to = properRunEnd(words, from, 4);
  return isCapitalizedProper(words[to]) ? undefined : words.slice(from, to);
}
/**
 * The name just before the comma that opens a body's noun in apposition, when the parse hung the
 * apposition on an earlier word: "des représentants de la Confindustria, la principale organisation".
 */
function nameBeforeComma(words: Word[], noun: number): number | undefined {
  let k = noun - 1;
  while (['DET', 'ADJ'].includes(words[k]?.pos ?? '')) k--;
  if (words[k]?.text !== ',') return undefined;
  let from = k;
  while (isCapitalizedProper(words[from - 1])) from--;
  return from < k ? from : undefined;
}
const isHead = (w: Word | undefined) => w !== undefined && (HEADS.has(w.folded) || HEADS.has(w.lemma));
/** Words that join a body's head to its complement: "Dialogue on Migration", "Processus de Rabat". */
const OF = new Set(['de', 'du', 'des', 'of', 'on', 'sur', 'pour', 'for', 'del', 'para']);

/**
 * A body's head the model tagged alone, with what qualifies it: "Consulats [généraux français du
 * Maroc]": the adjectives after it, then "de/du" and a name.
 */
function extended(sentence: ParsedSentence, run: Word[]): Word[] {
  const first = run[0];
  const last = run.at(-1);
  if (!first || !last || !isHead(first)) return run;
  const { words } = sentence;
  if (run.length > 1) {
    // "Groupe migratoire [mixte permanent]": adjectives the model cut from the name's end.
    let end = last.i + 1;
    while (words[end]?.pos === 'ADJ' && !countryOfAdjective(words[end]?.text ?? '')) end++;
    return last.pos === 'PROPN' ? run : words.slice(first.i, end);
  }
  let k = first.i + 1;
  while (words[k]?.pos === 'ADJ') k++;
  let end = k;
  let j = k;
  if (OF.has(words[j]?.folded ?? '')) {
    j++;
    if (words[j]?.pos === 'DET') j++;
    while (words[j]?.pos === 'PROPN' && /^\p{Lu}/u.test(words[j]?.text ?? '')) j++;
    if (j > k + 1 && words[j - 1]?.pos === 'PROPN') end = j;
  }
  return words.slice(first.i, end);
}

/** What links an item of a portfolio list to the list: ", de la Sécurité sociale", "and of Justice". */
const PORTFOLIO_OF = new Set(['de', 'du', 'des', "d'", 'd’', 'of', 'del']);
/** Words that may make up one portfolio of a list: "Sécurité sociale", "African Cooperation". */
const isPortfolioWord = (w: Word | undefined) =>
  w !== undefined &&
  (w.pos === 'NOUN' || w.pos === 'ADJ' || w.pos === 'PROPN') &&
  nameClass(w) !== 'PER' &&
  !isAcronym(w);

/**
 * Where a ministry's name ends when its portfolio is a list closed by a conjunction: "ministère des
 * Affaires étrangères[, de la coopération africaine et des Marocains résidant à l'étranger]", "Ministry of Foreign
 * Affairs[, African Cooperation and Moroccan Expatriates]". An item after a comma that no "et"
 * closes is not part of the name ("ministère de l'Intérieur, la DGSN"), nor is a person ("ministère
 * de l'Intérieur et Gonzalo Robles"). `last` is the index of the name's last word so far.
 */
function portfolioListEnd(sentence: ParsedSentence, last: number): number {
  const { words } = sentence;
  let end = last;
  let k = last + 1;
  for (let items = 0; items < 4; items++) {
    const separator = words[k];
    if (!separator || (separator.text !== ',' && !AND.has(separator.folded))) break;
    let first = k + 1;
    const linked = PORTFOLIO_OF.has(words[first]?.folded ?? '');
    if (linked) first++;
    if (words[first]?.pos === 'DET') first++;
    // Without "de", only a capitalized portfolio continues the list (English, Spanish).
    if (!linked && !/^\p{Lu}/u.test(words[first]?.text ?? '')) break;
    let after = first;
    while (after < first + 4 && isPortfolioWord(words[after])) after++;
    if (after === first) break;
    // "des Marocains résidant à l'étranger": a short participle phrase on the portfolio is in it.
    const participle = words[after];
    if (
      participle?.pos === 'VERB' &&
      participle.dep === 'acl' &&
      participle.head >= first &&
      participle.head < after
    ) {
      const phraseEnd = Math.max(...subtree(sentence, participle.i).map((w) => w.i));
      if (phraseEnd - after < 5) after = phraseEnd + 1;
    }
    k = after;
    if (AND.has(separator.folded)) end = after - 1;
  }
  return end;
}

/** "Rabat, 19 mars (MAP) -": the agency a dispatch is from, in parentheses before a dash. */
function isWireCredit(words: Word[], run: Word[]): boolean {
  const [first, last] = [run[0], run.at(-1)];
  if (!first || !last) return false;
  const after = words[last.i + 2]?.text ?? '';
  return words[first.i - 1]?.text === '(' && words[last.i + 1]?.text === ')' && /^[-–—]$/.test(after);
}

/** "Euro-African Dialogue on [Migration and Development]": the head the model left out, and its adjectives. */
function headBefore(sentence: ParsedSentence, from: number): number {
  let k = from - 1;
  if (sentence.words[k]?.pos === 'DET') k--;
  if (!OF.has(sentence.words[k]?.folded ?? '')) return from;
  k--;
  const head = sentence.words[k];
  if (!head || !isHead(head) || !/^\p{Lu}/u.test(head.text)) return from;
  while (k > 0 && /^\p{Lu}/u.test(sentence.words[k - 1]?.text ?? '') && sentence.words[k - 1]?.pos === 'ADJ')
    k--;
  return k;
}

/** Nouns of the bodies two countries hold together (a "forum" or a "dialogue" is a meeting). */
const JOINT_BODIES = new Set([
  ...['commission', 'comite', 'groupe', 'conseil'],
  ...['committee', 'group', 'council'],
  ...['comision', 'grupo', 'consejo'],
]);

/** True when a word names two countries: "maroco-portugaise", "Morocco-Italy", "hispano-marroquí". */
const ofTwoCountries = (w: Word | undefined) => !!w?.text.includes('-') && countriesIn(w.text).length === 2;

const spanOf = (run: Word[]) => run.map((w) => w.text).join(' ');

/** "de travail" in "groupe de travail mixte": a bare noun that completes the head within its name. */
const isBareComplement = (words: Word[], at: number) =>
  words[at]?.folded === 'de' && words[at + 1]?.pos === 'NOUN' && !/^\p{Lu}/u.test(words[at + 1]?.text ?? '');

/**
 * Where a body's name ends after its head: past the words `isModifier` keeps and the bare nouns
 * that complete the head before one of them or before two countries' adjective ("groupe de travail
 * mixte", "groupe de travail maroco-espagnol").
 */
function modifiersEnd(words: Word[], from: number, isModifier: (w: Word | undefined) => boolean): number {
  let end = from;
  for (;;) {
    if (isModifier(words[end])) end++;
    else if (isBareComplement(words, end) && (isModifier(words[end + 2]) || ofTwoCountries(words[end + 2])))
      end += 2;
    else break;
  }
  return end;
}

/**
 * The words of a body of two countries around its head noun: the adjectives after it up to the
 * two countries' adjective ("commission mixte maroco-portugaise"), or the modifiers before it from
 * the two countries' names ("Morocco-Italy permanent mixed migration group").
 */
function bilateralName(words: Word[], head: Word): Word[] | undefined {
  const end = modifiersEnd(words, head.i + 1, (w) => w?.pos === 'ADJ' && !ofTwoCountries(w));
  const start =
    words[head.i - 1]?.pos === 'ADJ' && /^\p{Lu}/u.test(words[head.i - 1]?.text ?? '') ? head.i - 1 : head.i;
  if (ofTwoCountries(words[end])) return words.slice(start, end + 1);
  let from = head.i - 1;
  while (from > 0 && ['ADJ', 'NOUN'].includes(words[from]?.pos ?? '') && !ofTwoCountries(words[from])) from--;
  if (from < head.i && ofTwoCountries(words[from])) return words.slice(from, head.i + 1);
  // "Morocco - Italy", tokenized apart.
  const pair = words.slice(from - 2, from + 1);
  const two = pair.length === 3 && pair[1]?.text === '-' && countriesIn(spanOf(pair)).length === 2;
  return from < head.i && two ? words.slice(from - 2, head.i + 1) : undefined;
}

/** Words that make a body one that parties hold together: "joint working group", "commission mixte". */
const JOINT = new Set([
  'joint',
  'mixed',
  'mixte',
  'mixta',
  'mixto',
  'conjoint',
  'conjointe',
  'conjunta',
  'conjunto',
]);
/** Words that open what a body deals with: "on migration", "sur la migration", "de sécurité". */
const TOPIC = new Set(['on', 'sur', 'sobre', 'de', 'del', 'for', 'pour', 'para']);

/**
 * A joint body named by what it deals with, when no two countries' adjective names it: "the joint
 * working group on migration and border security", "la commission mixte de sécurité". Without its
 * topic, "la commission mixte" is whichever one the article told of, not a name.
 */
function jointName(sentence: ParsedSentence, head: Word): Word[] | undefined {
  const { words } = sentence;
  let start = head.i;
  while (['compound', 'amod'].includes(words[start - 1]?.dep ?? '') && words[start - 1]?.head === head.i)
    start--;
  const end = modifiersEnd(words, head.i + 1, (w) => w?.pos === 'ADJ');
  if (!words.slice(start, end).some((w) => JOINT.has(w.folded))) return undefined;
  const topic = words[end];
  const noun = words.slice(end + 1, end + 3).find((w) => w.pos === 'NOUN');
  if (!topic || !TOPIC.has(topic.folded) || !noun || /^\p{Lu}/u.test(noun.text)) return undefined;
  // The topic's nouns and what joins them ("migration and border security", "la migration de
  // travail"), not a place or time told after it ("on migration in Rome").
  const inTopic = new Set(subtree(sentence, noun.i).map((w) => w.i));
  const joins = (w: Word | undefined) =>
    w !== undefined &&
    inTopic.has(w.i) &&
    (['NOUN', 'ADJ', 'DET', 'CCONJ'].includes(w.pos) || ['de', 'of', 'del'].includes(w.folded));
  let last = noun.i;
  while (joins(words[last + 1])) last++;
  while (words[last]?.pos !== 'NOUN') last--;
  return words.slice(start, last + 1);
}

/** The surnames of the people the article names in full ("José Manuel Albares" gives "albares"). */
function surnamesOf(sentences: ParsedSentence[], text: string): Set<string> {
  const found = new Set<string>();
  for (const sentence of sentences) {
    for (const name of namesIn(sentence, text)) {
      const last = sentence.words[name.to - 1];
      if (name.class === 'PER' && name.to - name.from > 1 && last) found.add(last.folded);
    }
  }
  return found;
}

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
  /** Other names of a body, given in parentheses after it: "(Rabat Process)". */
  const aliases = new Map<string, OrganizationReading>();
  const add = (name: string, passage: Passage, acronym: string | null) => {
    const clean = name
      .replace(/^[''’"]+|[''’"]+$/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (clean.length < 2) return;
    const key = foldText(clean);
    const existing =
      found.get(key) ?? aliases.get(key) ?? [...found.values()].find((o) => acronym && o.acronym === acronym);
    if (existing) {
      existing.mentions.push(passage);
      existing.acronym ??= acronym;
      return;
    }
    const country = countriesIn(clean).find((c) => c) ?? null;
    found.set(key, { name: clean, acronym, country, mentions: [passage], evidence: passage });
  };
  const aliasOf = (w: Word | undefined) =>
    w && [...found.values()].find((o) => o.mentions.some((m) => m.end === w.end));
  const surnames = surnamesOf(sentences, text);
  for (const sentence of sentences) {
    const { words } = sentence;
    for (const name of namesIn(sentence, text)) {
      let run = words.slice(name.from, name.to);
      // "UE-UA": two bodies.
      const parts = run.length === 1 ? (run[0]?.text.split('-') ?? []) : [];
      if (parts.length > 1 && parts.every((p) => ACRONYM.test(p) && !CREDITS.has(p))) {
        let at = name.start;
        for (const p of parts) {
          add(p, { start: at, end: at + p.length }, p);
          at += p.length + 1;
        }
        continue;
      }
      // "Affaires intérieures au ministère de l'Intérieur": the body starts at its head; in
      // "the Interior Ministry" the head comes last and the portfolio is in the name.
      const inner = run.findIndex(
        (w, k) => k > 0 && MINISTRY.has(w.folded) && ['ADP', 'DET'].includes(words[w.i - 1]?.pos ?? ''),
      );
      if (inner > 0 && !isHead(run[0])) run = run.slice(inner);
      const first = run[0];
      if (!first || PLURAL_MINISTRIES.has(first.folded)) continue;
      run = extended(sentence, run);
      const headed = isHead(first);
      const tagged = name.class === 'ORG' || (name.class === 'MISC' && headed);
      if (!tagged && !(run.length === 1 && isAcronym(first) && name.class !== 'PER')) continue;
      if (CREDITS.has(first.text) || isPress(sentence, first.i) || isWireCredit(words, run)) continue;
      if (
        !headed &&
        (hasTitle(run, lexicon) || isPortfolio(sentence, first.i) || isDirectorate(sentence, run))
      )
        continue;
      if (hasDocumentWord(run, lexicon)) continue;
      // "el Gobierno español" is Spain, an actor of its own.
      if (
        GOVERNMENTS.has(first.folded) &&
        run.length <= 3 &&
        run.slice(1).some((w) => countryOfAdjective(w.text))
      )
        continue;
      if (run.length === 1 && isAcronym(first) && isMeetingAcronym(sentence, first.i, lexicon)) continue;
      const span = spanText(text, [words[headBefore(sentence, first.i)] ?? first, run.at(-1) ?? first]);
      // "Euro-African Dialogue on Migration and Development (Rabat Process)": another name of it.
      const opening = words[first.i - 1];
      const named = opening?.text === '(' ? aliasOf(words[first.i - 2]) : undefined;
      if (named && run.length > 1) {
        named.mentions.push({ start: span.start, end: span.end });
        aliases.set(foldText(span.text), named);
        continue;
      }
      const clean = span.text.replace(/[\s«»"“”’']+$/u, '');
      if (countryNamed(clean) || (run.length === 1 && countryOfAdjective(first.text))) continue;
      // "Albares said", "LONDON —", "en Bruselas": a person named in full elsewhere, a city.
      if (run.length === 1 && (surnames.has(first.folded) || countryOfPlace(first.text))) continue;
      // "Interior", "Gobierno": a portfolio or a common noun alone names no body.
      if (run.length === 1 && !isAcronym(first) && (HEADS.has(first.folded) || first.pos !== 'PROPN'))
        continue;
      add(
        clean,
        { start: span.start, end: span.start + clean.length },
        run.length === 1 && isAcronym(first) ? first.text : null,
      );
    }
    // "la commission mixte maroco-portugaise", "the Morocco-Italy mixed migration group": a body of
    // two countries, named in lowercase, which the model leaves untagged.
    for (const w of words) {
      if (!w.inStory || w.pos !== 'NOUN' || !JOINT_BODIES.has(w.folded) || nameClass(w)) continue;
      const span = bilateralName(words, w) ?? jointName(sentence, w);
      if (span)
        add(
          spanText(text, span).text,
          { start: span[0]?.start ?? w.start, end: span.at(-1)?.end ?? w.end },
          null,
        );
    }
    const acronymsHere = new Set<number>();
    // Acronyms the model leaves untagged, after an article: "ceux de l'OFII, de l'ARS".
    for (const w of words) {
      const before = words[w.i - 1];
      if (!w.inStory || !isAcronym(w) || w.text.length < 3 || nameClass(w)) continue;
      if (!before || !(['DET', 'ADP'].includes(before.pos) || LINKS.has(before.folded))) continue;
      if (isMeetingAcronym(sentence, w.i, lexicon)) continue;
      add(w.text, { start: w.start, end: w.end }, w.text);
      acronymsHere.add(w.i);
    }
    // "de l'OFII, de l'ARS et de la Direccte": a name joined to a body's acronym is a body.
    for (const w of words) {
      const head = words[w.head];
      if (w.dep !== 'conj' || !head || !acronymsHere.has(head.i) || w.pos !== 'PROPN') continue;
      if (!/^\p{Lu}/u.test(w.text) || countryNamed(w.text) || nameClass(w) === 'PER') continue;
      add(w.text, { start: w.start, end: w.end }, null);
    }
    // "L'association espagnole Freshuelva", "the Spanish group Caminando Fronteras": a body's
    // common noun, then its name; "Frontex, the EU border agency": its name, then the noun in apposition.
    for (const w of words) {
      if (!w.inStory || !BODY_NOUNS.has(w.folded) || w.pos !== 'NOUN') continue;
      let k = w.i + 1;
      while (words[k]?.pos === 'ADJ') k++;
      const appositive = words[w.head];
      const from =
        w.dep === 'appos' && appositive && appositive.i < w.i
          ? isCapitalizedProper(appositive)
            ? appositive.i
            : nameBeforeComma(words, w.i)
          : k;
      const run = from === undefined ? undefined : properNameAt(words, from);
      const span = run && spanText(text, run);
      if (!run || !span || countryNamed(span.text)) continue;
      const only = run.length === 1 ? run[0] : undefined;
      add(span.text, { start: span.start, end: span.end }, only && isAcronym(only) ? only.text : null);
    }
    // "Alexander De Croo (Open VLD)": a party in parentheses after a person's name.
    for (const w of words) {
      if (w.text !== '(' || !w.inStory) continue;
      const before = words[w.i - 1];
      const close = words.slice(w.i + 1, w.i + 5).findIndex((x) => x.text === ')');
      if (!before || close < 1 || before.pos !== 'PROPN' || aliasOf(before)) continue;
      const inside = words.slice(w.i + 1, w.i + 1 + close);
      if (
        !inside.every((x) => /^[\p{Lu}&]/u.test(x.text)) ||
        countryNamed(inside.map((x) => x.text).join(' ')) ||
        isWireCredit(words, inside)
      )
        continue;
      const span = spanText(text, inside);
      add(span.text, { start: span.start, end: span.end }, null);
    }
    // Ministries by portfolio, which the models often miss: "ministère de l'Intérieur", and in
    // English before the head: "the Foreign Ministry".
    for (const w of words) {
      if (!w.inStory || !MINISTRY.has(w.folded)) continue;
      let first = w.i;
      const portfolioWord = (x: Word | undefined) =>
        x !== undefined &&
        ((/^\p{Lu}/u.test(x.text) && x.pos !== 'DET' && !countryOfAdjective(x.text)) ||
          PORTFOLIOS.has(x.folded));
      while (first > w.i - 3 && portfolioWord(words[first - 1])) first--;
      if (first < w.i) {
        const span = spanText(text, words.slice(first, w.i + 1));
        const read = [...found.values()].some((o) => o.mentions.some((m) => overlaps(m, span)));
        if (!read) add(span.text, { start: span.start, end: span.end }, null);
        continue;
      }
      // The portfolio after the head is its complement, at times after the country's adjective:
      // "ministère de l'Intérieur", "ministère italien du Travail", never a place or a day told
      // after it ("the ministry in Rabat on Monday").
      const next = words[w.i + 1];
      if (!next || !(PORTFOLIO_OF.has(next.folded) || next.pos === 'ADJ' || /^\p{Lu}/u.test(next.text)))
        continue;
      const rest = words.slice(w.i + 1, w.i + 8);
      // A preposition that joins no portfolio ends the name: "ministère de l'Intérieur à Rabat".
      const endsName = (r: Word) =>
        ['PUNCT', 'VERB', 'AUX'].includes(r.pos) ||
        r.folded === 'et' ||
        r.folded === 'and' ||
        (r.pos === 'ADP' && !OF.has(r.folded) && !PORTFOLIO_OF.has(r.folded));
      const stop = rest.findIndex(endsName);
      const tail = stop < 0 ? rest : rest.slice(0, stop);
      const lastCapital = tail.map((r) => /^\p{Lu}/u.test(r.text)).lastIndexOf(true);
      if (lastCapital < 0) continue;
      // Adjectives after the portfolio belong to the name: "ministère des Affaires étrangères",
      // "ministère de l'Intérieur marocain".
      let last = w.i + 1 + lastCapital;
      while (last < w.i + tail.length && words[last + 1]?.pos === 'ADJ') last++;
      const span = spanText(text, words.slice(w.i, portfolioListEnd(sentence, last) + 1));
      add(span.text, { start: span.start, end: span.end }, null);
    }
    // "Agence nationale de promotion de l'emploi et des compétences (ANAPEC)", "Dialogue
    // euro-africain sur la migration et le développement (Processus de Rabat)": the long form runs
    // on to the parenthesis, and what the parenthesis holds is another name of the body.
    for (const open of words) {
      // "(Processus de Rabat)", or in quotes after a comma: ", ''Processus de Rabat''".
      const quoted = QUOTES.test(open.text) && words[open.i - 1]?.text === ',';
      if ((open.text !== '(' && !quoted) || !open.inStory) continue;
      const closes = (x: Word) => (quoted ? QUOTES.test(x.text) : x.text === ')');
      const close = words.slice(open.i + 1, open.i + 6).findIndex(closes);
      const inside = words.slice(open.i + 1, open.i + 1 + close);
      if (close < 1 || !inside.every((x) => /^[\p{Lu}&]/u.test(x.text) || OF.has(x.folded))) continue;
      const last = words[open.i - (quoted ? 2 : 1)];
      if (!last) continue;
      const runsOn = (m: Passage) => {
        if (m.end > last.end || last.start - m.end > 60) return false;
        const between = words.filter((x) => x.start >= m.end && x.end <= last.end);
        return between.every((x) => x.pos !== 'VERB' && x.pos !== 'AUX' && x.pos !== 'PUNCT');
      };
      // The first body named before the parenthesis, unless a body of several words is named
      // after it: "la Commission européenne et la Communauté économique des États de l'Afrique de
      // l'Ouest (CEDEAO)" is the second one's, "Agencia Nacional … del Empleo y las Competencias
      // (ANAPEC)" the first one's.
      const named = [...found.values()].flatMap((o) => o.mentions.filter(runsOn).map((m) => [o, m] as const));
      const [org, mention] =
        named
          .filter(([, m]) => text.slice(m.start, m.end).includes(' '))
          .sort(([, a], [, b]) => b.end - a.end)[0] ??
        named[0] ??
        [];
      if (!org || !mention) continue;
      if (mention.end < last.end) {
        const longer = { start: mention.start, end: last.end };
        if (org.evidence.start === mention.start) org.evidence = longer;
        if (org.mentions.length === 1) org.name = text.slice(longer.start, longer.end);
        mention.end = last.end;
      }
      const alias = spanText(text, inside);
      if (inside.length === 1 && isAcronym(inside[0] as Word)) org.acronym ??= alias.text;
      aliases.set(foldText(alias.text), org);
      if (!org.mentions.some((m) => m.start === alias.start))
        org.mentions.push({ start: alias.start, end: alias.end });
    }
  }
  // A body read under another of its names joins it.
  for (const [key, org] of found) {
    const target = aliases.get(key);
    if (!target || target === org) continue;
    target.mentions.push(...org.mentions);
    found.delete(key);
  }
  return merged([...found.values()]);
}

/** Little words an acronym leaves out: "Organisation internationale pour les migrations" is OIM. */
const UNLETTERED = new Set([...LINKS, ...OF, ...AND, 'les', 'los', 'las', 'the', 'a', 'au', 'aux']);

/** The initials of a name's words: "European Union" is EU, "Union européenne" UE. */
function initialsOf(name: string): string {
  const words = foldText(name)
    .split(/[\s'’-]+/)
    .filter((w) => w && !UNLETTERED.has(w));
  return words.map((w) => w[0]?.toUpperCase() ?? '').join('');
}

/**
 * One body per name: two readings under one name are one, an acronym read alone joins the body it stands for, and a name read inside
 * another body's name ("ministère des Affaires" in "ministère des Affaires étrangères") joins it.
 */
function merged(orgs: OrganizationReading[]): OrganizationReading[] {
  const within = (a: Passage, b: Passage) =>
    b.start <= a.start && a.end <= b.end && (a.start !== b.start || a.end !== b.end);
  const kept: OrganizationReading[] = [];
  for (const org of orgs) {
    // A short name that ran on to its full form ("Agence nationale ... (Anapec)") meets the body
    // read under that full form.
    const same = kept.find((k) => foldText(k.name) === foldText(org.name));
    if (same) {
      same.mentions.push(...org.mentions);
      same.acronym ??= org.acronym;
      continue;
    }
    const long = orgs.find(
      (o) =>
        o !== org &&
        o.name !== org.name &&
        ((o.acronym !== null && o.acronym === org.name) ||
          (org.acronym === org.name && initialsOf(o.name) === org.name)),
    );
    if (long) {
      long.mentions.push(...org.mentions);
      continue;
    }
    const outer = orgs.find(
      (o) => o !== org && org.mentions.every((m) => o.mentions.some((n) => within(m, n))),
    );
    if (outer) continue;
    kept.push(org);
  }
  return kept;
}
