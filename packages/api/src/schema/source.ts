import { FACT_LABELS } from '@diplograph/schema';
import neo4j from 'neo4j-driver';
import { builder } from '../builder.js';
import { SOURCE_PASSAGES } from '../catalogue/relationship-fields.js';
import { loadRecords } from '../loaders/load-records.js';
import { inRange } from '../pagination.js';
import { evidencedConnection } from './connections.js';
import { FuzzyDateRef } from './dates.js';
import { nodeIdentity } from './node-identity.js';
import { EntityRef, EvidenceRef, SourceRef } from './refs.js';

/**
 * The facts an article holds: the nodes its passages support, and those mention linking found in
 * it (a relationship's ends are among them). Through the article's own relationships only.
 */
const SOURCE_FACTS = `MATCH (s:Source {id: $id})
CALL (s) {
  MATCH (s)<-[:QUOTED_FROM]-(:Evidence)<-[:SUPPORTED_BY]-(n:Entity) RETURN n
  UNION
  MATCH (s)-[:MENTIONS]->(n:Entity) RETURN n
}
WITH n WHERE any(l IN labels(n) WHERE l IN $labels)
RETURN n.id AS id ORDER BY id LIMIT $first`;

/** An article's text, kept apart from the node's other properties: it is long. */
const SOURCE_TEXT = 'MATCH (s:Source {id: $id}) RETURN s.articleText AS text';

builder.node(SourceRef, {
  description: 'A source article of the corpus: third-party text the graph cites.',
  ...nodeIdentity('Source'),
  fields: (t) => ({
    title: t.exposeString('name', { description: 'The headline.' }),
    file: t.exposeString('file', { description: 'File name in the corpus folder.' }),
    publisher: t.exposeString('publisher', { nullable: true }),
    author: t.exposeString('author', { nullable: true }),
    published: t.field({
      type: FuzzyDateRef,
      nullable: true,
      description: 'Publication date; null when neither metadata nor the page gives one.',
      resolve: (s) => s.published ?? null,
    }),
    publishedInferred: t.exposeBoolean('publishedInferred', {
      description: 'True when the date was read off the page rather than given by metadata.',
    }),
    language: t.exposeString('language'),
    url: t.exposeString('url', { nullable: true }),
    length: t.exposeInt('length', { description: 'Length of the text in characters.' }),
    text: t.string({
      description:
        "The article's whole text, as read: passages' `start` and `end` are offsets into it. One statement per article.",
      resolve: async (s, _args, ctx) => {
        const [row] = await ctx.db.read<{ text: string | null }>(SOURCE_TEXT, { id: s.id });
        return row?.text ?? '';
      },
    }),
    facts: t.field({
      type: [EntityRef],
      description:
        'The people, meetings, documents, commitments… the article supports or names, by id. One statement per article.',
      args: { first: t.arg.int({ defaultValue: 50, description: 'Up to 200.' }) },
      resolve: async (s, args, ctx) => {
        const rows = await ctx.db.read<{ id: string }>(SOURCE_FACTS, {
          id: s.id,
          labels: FACT_LABELS,
          first: neo4j.int(inRange('first', args.first ?? 50, 0, 200)),
        });
        return loadRecords(
          ctx,
          rows.map((r) => r.id),
        );
      },
    }),
    passages: evidencedConnection(t, {
      type: EvidenceRef,
      spec: SOURCE_PASSAGES,
      name: 'SourcePassages',
      description: 'Passages of the article quoted as evidence, in reading order.',
    }),
  }),
});
