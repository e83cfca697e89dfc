import type { MentionRecord } from '@diplograph/schema';
import type { RelationshipRow } from '../graph/graph-data.js';
import type { Gazetteer, NameForm } from './gazetteer.js';
import type { Sentence } from './story.js';
import { type Token, tokenize } from './tokens.js';

/** A known entity named in an article, where and how. */
export interface Mention extends Omit<MentionRecord, 'id'> {
  entityId: string;
}

/**
 * Finds the names of known entities in the sentences of an article: at each word the longest
 * form of a name that starts there, insensitive to case and accents. A form shared by several
 * entities is taken for the one the article names unambiguously elsewhere, and dropped otherwise.
 */
export function linkMentions(sentences: Sentence[], gazetteer: Gazetteer): Mention[] {
  const found: Array<Omit<Mention, 'entityId'> & { entityIds: string[] }> = [];
  for (const sentence of sentences) {
    const tokens = tokenize(sentence.folded);
    for (let i = 0; i < tokens.length; ) {
      const form = longestFormAt(tokens, i, sentence.text, gazetteer);
      if (!form) {
        i++;
        continue;
      }
      const start = (tokens[i] as Token).start;
      const end = (tokens[i + form.words.length - 1] as Token).end;
      found.push({
        entityIds: form.entityIds,
        start: sentence.start + start,
        end: sentence.start + end,
        surface: sentence.text.slice(start, end),
        section: sentence.section,
        sentence: sentence.text,
      });
      i += form.words.length;
    }
  }
  const certain = new Set(found.filter((m) => m.entityIds.length === 1).flatMap((m) => m.entityIds));
  return found.flatMap(({ entityIds, ...mention }) => {
    const ids = entityIds.length === 1 ? entityIds : entityIds.filter((id) => certain.has(id));
    return ids.length === 1 ? [{ ...mention, entityId: ids[0] as string }] : [];
  });
}

function longestFormAt(tokens: Token[], i: number, raw: string, gazetteer: Gazetteer): NameForm | undefined {
  const first = tokens[i] as Token;
  return gazetteer.formsByFirstWord
    .get(first.text)
    ?.find(
      (form) =>
        form.words.every((word, k) => tokens[i + k]?.text === word) &&
        (!form.needsCapital || isCapital(raw[first.start] ?? '')),
    );
}

function isCapital(c: string): boolean {
  return c !== c.toLowerCase();
}

/** MENTIONS relationships from the source to each entity it names; the id names the span. */
export function mentionRows(sourceId: string, mentions: Mention[]): RelationshipRow[] {
  return mentions.map(({ entityId, ...mention }) => {
    const id = `MENTIONS:${sourceId}@${mention.start}-${mention.end}->${entityId}`;
    return { type: 'MENTIONS', id, from: sourceId, to: entityId, props: { id, ...mention } };
  });
}
