import { foldText } from '@diplograph/schema';
import type { Sentence } from '../story.js';
import { ORGANIZATION_HEADS, organizationKindOf } from './organizations.js';

/** A person named in a sentence, with the title and organization written next to the name. */
export interface PersonCandidate {
  name: string;
  /** Offsets of the name in the article. */
  start: number;
  end: number;
  title: string | null;
  organization: string | null;
  /** Offsets of the name with its title. */
  phraseStart: number;
  phraseEnd: number;
}

/** Words that name an office or a rank, folded. */
const TITLES = [
  'roi',
  'reine',
  'prince',
  'princesse',
  'president',
  'presidente',
  'ministre',
  'directeur',
  'directrice',
  'ambassadeur',
  'ambassadrice',
  'consul',
  'wali',
  'gouverneur',
  'prefet',
  'maire',
  'secretaire',
  'chef',
  'commissaire',
  'conseiller',
  'conseillere',
  'delegue',
  'deleguee',
  'porte-parole',
  'senateur',
  'depute',
  'deputee',
  'procureur',
  'juge',
  'homologue',
].join('|');

/** Words that start no name: articles, possessives, honorifics and titles. */
const NOT_A_FIRST_NAME = new Set([
  ...[
    'le',
    'la',
    'les',
    'sa',
    'son',
    'ses',
    'leur',
    'un',
    'une',
    'ce',
    'cette',
    'mme',
    'mlle',
    'monsieur',
    'madame',
  ],
  ...TITLES.split('|'),
]);

const WORD = String.raw`\p{Lu}\p{Ll}+(?:[-’']\p{Lu}\p{Ll}+)*`;
const PARTICLE = '(?:de|el|al|ben|ibn|bin|ould|van|von|da|di|dos|del)';
/** Capitalized words, with the particles of names between them and a regnal number after them. */
const NAME = new RegExp(
  String.raw`(?<!\p{L})${WORD}(?:[ \u00A0](?:${PARTICLE}[ \u00A0])?${WORD})*(?:[ \u00A0][IVX]{1,4}(?!\p{L}))?`,
  'gu',
);

/** Before a word, an article or a preposition says the word is not a first name: "de la République". */
const COMPLEMENT_BEFORE = /(?:(?<!\p{L})(?:la|le|les|du|des|au|aux)\s+|(?<!\p{L})[ld]'\s*)$/u;
const HONORIFIC_BEFORE = /(?<!\p{L})(?:m\.|mme|mlle|dr|pr)\s*$/u;
/** The last title word before the name, and what follows it up to the name: "ministre de l'Intérieur, ". */
const TITLE_BEFORE = new RegExp(
  String.raw`^[\s\S]*(?<!\p{L})((?:${TITLES})(?!\p{L})[^,;:.!?()«»"]{0,40}?)[ ,]*$`,
  'du',
);
const TITLE_AFTER = new RegExp(String.raw`^\s*,\s*((?:${TITLES})(?!\p{L})[^,;:.!?()«»"]{0,120})`, 'du');
/** Verbs and pronouns that end a title, in the text as written ("a", not "à"). */
const NOT_IN_TITLE = /(?<!\p{L})(?:a|ont|est|sont|était|avait|avec|par|pour|qui|que|dont)(?!\p{L})/u;
const REPORTING_VERB_AFTER =
  /^\s+(?:(?:a|avait|aurait)\s+(?:aussi\s+|egalement\s+)?)?(?:recu|recoit|rencontre|souligne|declare|affirme|indique|precise|rappele|rappelle|annonce|estime|explique|exprime|insiste|salue|remercie|mis en avant|preside|inaugure|signe|s'est entretenu|s'entretient)(?!\p{L})/u;
const ORGANIZATION_IN_TITLE = new RegExp(
  String.raw`\s(?:au|aux|a la|a l'|du|de la|de l'|des)\s*(?=(?:${ORGANIZATION_HEADS.join('|')})(?!\p{L}))`,
  'u',
);

/**
 * People in a sentence: two or more capitalized words that a title, an honorific or a reporting
 * verb shows to be a person's name ("le président Emmanuel Macron", "Karim Tazi, directeur du
 * port", "M. Karim Tazi", "Karim Tazi a souligné").
 */
export function findPeople(sentence: Sentence): PersonCandidate[] {
  const { text, folded } = sentence;
  const people: PersonCandidate[] = [];
  for (const match of text.matchAll(NAME)) {
    let words = Array.from(match[0].matchAll(/\S+/g), (w) => ({ text: w[0], start: match.index + w.index }));
    if (words.some((w) => organizationKindOf(w.text))) continue;
    while (
      words[0] &&
      (NOT_A_FIRST_NAME.has(foldText(words[0].text)) ||
        COMPLEMENT_BEFORE.test(folded.slice(0, words[0].start)))
    ) {
      words = words.slice(1);
    }
    if (!words[0] || words.length < 2) continue;
    const start = words[0].start;
    const end = match.index + match[0].length;
    const title = titleSpan(sentence, start, end);
    if (
      !title &&
      !HONORIFIC_BEFORE.test(folded.slice(0, start)) &&
      !REPORTING_VERB_AFTER.test(folded.slice(end))
    ) {
      continue;
    }
    const written = title ? text.slice(...title) : null;
    const organization = title ? ORGANIZATION_IN_TITLE.exec(folded.slice(...title)) : null;
    people.push({
      name: text.slice(start, end),
      start: sentence.start + start,
      end: sentence.start + end,
      title: organization ? (written as string).slice(0, organization.index) : written,
      organization: organization
        ? (written as string).slice(organization.index + organization[0].length)
        : null,
      phraseStart: sentence.start + Math.min(start, title?.[0] ?? start),
      phraseEnd: sentence.start + Math.max(end, title?.[1] ?? end),
    });
  }
  return people;
}

/**
 * Offsets in the sentence of the title written next to a name: before it ("le ministre de
 * l’Intérieur, X"), else after it ("X, directeur du port"), stopping where the sentence goes on
 * ("X, directrice du port qui a ouvert la séance").
 */
function titleSpan({ text, folded }: Sentence, start: number, end: number): [number, number] | undefined {
  const before = TITLE_BEFORE.exec(folded.slice(0, start))?.indices?.[1];
  if (before && !NOT_IN_TITLE.test(text.slice(...before))) return before;
  const after = TITLE_AFTER.exec(folded.slice(end))?.indices?.[1];
  if (!after) return undefined;
  const from = end + after[0];
  let to = end + after[1];
  const stop = NOT_IN_TITLE.exec(text.slice(from, to));
  if (stop) to = from + stop.index;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  return [from, to];
}
