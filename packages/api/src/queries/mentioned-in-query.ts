import { keysetClause, keysetParams } from '../compiler/keyset.js';
import type { Context } from '../context.js';
import { type PageArgs, pageRequest, toConnection } from '../pagination.js';
import { NODE_PROJECTION, toRecord } from '../records.js';
import type { EvidenceShape, SourceShape } from '../schema/refs.js';

/** An article that names an entity or supports a fact about it, with what it holds of it. */
export interface Mention {
  node: SourceShape;
  /** The article's passages that support the entity or one of its relationships, in reading order. */
  evidence: EvidenceShape[];
  /** How many times mention linking found the entity named in the article. */
  mentions: number;
}

/**
 * The articles of entity `$id`, one row each with its passages: those that support the entity
 * itself (SUPPORTED_BY) or one of its relationships (whose `evidence` lists passage ids), and those
 * that only name it (MENTIONS).
 */
const ARTICLES_OF_ENTITY = `MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[:SUPPORTED_BY]->(ev:Evidence)-[:QUOTED_FROM]->(s:Source) RETURN s, ev
  UNION
  MATCH (e)-[r]-() UNWIND coalesce(r.evidence, []) AS evidenceId
  MATCH (ev:Evidence {id: evidenceId})-[:QUOTED_FROM]->(s:Source) RETURN s, ev
  UNION
  MATCH (s:Source)-[:MENTIONS]->(e) RETURN s, null AS ev
}
WITH e, s, ev ORDER BY ev.start
WITH e, s, collect(ev) AS passages`;

/** Latest first, as the root list of sources; undated articles last. */
const PUBLISHED = "coalesce(toString(s.publishedEarliest), '')";

/** A page of the articles that mention or support an entity, latest first; the total only when asked for. */
export async function resolveMentionedIn(ctx: Context, id: string, args: PageArgs) {
  const request = pageRequest(args);
  const rows = await ctx.db.read<{
    k: string;
    node: Record<string, unknown>;
    evidence: Record<string, unknown>[];
    mentions: number;
  }>(
    `${ARTICLES_OF_ENTITY}
WITH e, s, passages, ${PUBLISHED} AS k
${keysetClause({ key: 'k', tiebreak: 's.id', descending: true }, request)}
RETURN k, ${NODE_PROJECTION('s')} AS node, [ev IN passages | ${NODE_PROJECTION('ev')}] AS evidence,
  COUNT { (s)-[:MENTIONS]->(e) } AS mentions`,
    { id, ...keysetParams(request) },
  );
  const page = rows.map((row) => {
    // The statement matches only sources and their passages.
    const node = toRecord(row.node) as SourceShape;
    // Each passage's source is this article: `Evidence.source` finds it in the loader.
    ctx.loaders.entities.prime(node.id, node);
    const evidence = row.evidence.map((passage) => toRecord(passage) as EvidenceShape);
    return { k: row.k, id: node.id, value: { node, evidence, mentions: row.mentions } satisfies Mention };
  });
  return {
    ...toConnection(page, request),
    totalCount: async () => {
      const [row] = await ctx.db.read<{ total: number }>(`${ARTICLES_OF_ENTITY} RETURN count(s) AS total`, {
        id,
      });
      return row?.total ?? 0;
    },
  };
}
