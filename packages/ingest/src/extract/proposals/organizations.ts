import { foldText, type ORGANIZATION_KINDS } from '@diplograph/schema';
import type { Sentence } from '../story.js';

type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Words that start the name of a body, with the kind of body each usually names. */
const HEADS: Array<[string, OrganizationKind]> = [
  ['Ministère', 'ministry'],
  ['Ambassade', 'embassy'],
  ['Consulat', 'embassy'],
  ['Direction', 'directorate'],
  ['Groupe', 'bilateral-group'],
  ['Comité', 'committee'],
  ['Commission', 'committee'],
  ['Conseil', 'committee'],
  ['Dialogue', 'multilateral-forum'],
  ['Forum', 'multilateral-forum'],
  ['Programme', 'programme'],
  ['Gouvernement', 'government'],
  ['Agence', 'international-organization'],
  ['Banque', 'international-organization'],
  ['Fonds', 'international-organization'],
  ['Institut', 'international-organization'],
  ['Observatoire', 'international-organization'],
  ['Office', 'international-organization'],
  ['Organisation', 'international-organization'],
  ['Union', 'international-organization'],
];
const KIND_BY_HEAD = new Map(HEADS.map(([word, kind]) => [foldText(word), kind]));
/** The head words, folded: "ministere", "groupe"... */
export const ORGANIZATION_HEADS = [...KIND_BY_HEAD.keys()];

/** True when a name starts like a body's name ("Groupe …", "l’Office …"). */
export function isOrganizationName(name: string): boolean {
  return organizationKindOf(name) !== undefined;
}

/** The kind of body a name's first word suggests; a reviewer may correct it. */
export function organizationKindOf(name: string): OrganizationKind | undefined {
  const first =
    foldText(name)
      .replace(/^[ld]'/, '')
      .split(/[^\p{L}]/u)[0] ?? '';
  return KIND_BY_HEAD.get(first);
}

const HEAD = HEADS.map(([word]) => word).join('|');
/** A capitalized word or a number; another head word starts another name. */
const WORD = String.raw`(?:(?!(?:${HEAD})(?!\p{L}))\p{Lu}[\p{L}’'-]*|\d+\+\d+|\d+)`;
/** "de la Migration", "du Maroc", "de l’Intérieur", "5+5", "Mixte": a capitalized word and what joins it. */
const COMPLEMENT = String.raw`(?:\s+(?:(?:de|du|des|pour|sur|et|en)\s+)?(?:(?:la|le|les)\s+|[ld][’'])?${WORD})`;
/**
 * A head word with a capital (a ministry is written without one), at most one adjective ("ministère
 * français de l’Intérieur"), then capitalized words: "Observatoire Africain des Migrations".
 */
const ORGANIZATION = new RegExp(
  String.raw`(?<!\p{L})(?:${HEAD}|ministère)(?!\p{L})(?:\s+\p{Ll}+(?=${COMPLEMENT}))?${COMPLEMENT}+`,
  'gu',
);

export interface NameCandidate {
  name: string;
  /** Offsets in the article. */
  start: number;
  end: number;
}

/** Names of bodies in a sentence: a head word followed by the capitalized words of a name. */
export function findOrganizations(sentence: Sentence): NameCandidate[] {
  return Array.from(sentence.text.matchAll(ORGANIZATION)).map((m) => ({
    name: m[0],
    start: sentence.start + m.index,
    end: sentence.start + m.index + m[0].length,
  }));
}
