import type { Database } from '@diplograph/db';
import DataLoader from 'dataloader';
import { keysetClause, keysetParams } from '../compiler/keyset.js';
import type { PageItem, PageRequest } from '../pagination.js';
import { type GraphRecord, NODE_PROJECTION, toRecord } from '../records.js';
import type { EvidenceShape, SourceShape } from '../shapes.js';

/** An article that names an entity or supports a fact about it, with what it holds of it. */
export interface Mention {
  node: SourceShape;
  /** The article's passages that support the entity or one of its relationships, in reading order. */
  evidence: EvidenceShape[];
  /** How many times mention linking found the entity named in the article. */
  mentions: number;
}

/**
 * The articles of entity `e`, one row each with its passages: those that support the entity itself
 * (SUPPORTED_BY) or one of its relationships (whose `evidence` lists passage ids), and those that
 * only name it (MENTIONS).
 */
const ARTICLES_OF_ENTITY = `CALL (e) {
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

interface RawMention {
  k: string;
  node: Record<string, unknown>;
  evidence: Record<string, unknown>[];
  mentions: number;
}

/**
 * Batches `mentionedIn` over all the entities of a request: one statement per page asked, one for
 * the totals. The articles go into the node loader, where each passage's `source` finds its own.
 */
export class MentionLoaders {
  private readonly pages = new Map<string, DataLoader<string, PageItem<Mention>[]>>();
  private readonly counts: DataLoader<string, number>;

  constructor(
    private readonly db: Database,
    private readonly entities: DataLoader<string, GraphRecord | null>,
  ) {
    this.counts = new DataLoader((ids) => this.loadCounts(ids));
  }

  page(entityId: string, request: PageRequest): Promise<PageItem<Mention>[]> {
    const key = JSON.stringify(request);
    const loader = this.pages.get(key) ?? new DataLoader((ids) => this.loadPages(ids, request));
    this.pages.set(key, loader);
    return loader.load(entityId);
  }

  count(entityId: string): Promise<number> {
    return this.counts.load(entityId);
  }

  private async loadPages(ids: readonly string[], request: PageRequest) {
    const rows = await this.db.read<{ id: string; item: RawMention }>(
      `UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  ${ARTICLES_OF_ENTITY}
  WITH e, s, passages, ${PUBLISHED} AS k
  ${keysetClause({ key: 'k', tiebreak: 's.id', descending: true }, request)}
  RETURN collect({k: k, node: ${NODE_PROJECTION('s')}, evidence: [ev IN passages | ${NODE_PROJECTION('ev')}],
    mentions: COUNT { (s)-[:MENTIONS]->(e) }}) AS items
}
UNWIND items AS item
RETURN id, item`,
      { ids, ...keysetParams(request) },
    );
    const byId = new Map<string, PageItem<Mention>[]>();
    for (const { id, item } of rows) {
      // The statement matches only sources and their passages.
      const node = toRecord(item.node) as SourceShape;
      this.entities.prime(node.id, node);
      const evidence = item.evidence.map((passage) => toRecord(passage) as EvidenceShape);
      const items = byId.get(id) ?? [];
      items.push({ k: item.k, id: node.id, value: { node, evidence, mentions: item.mentions } });
      byId.set(id, items);
    }
    return ids.map((id) => byId.get(id) ?? []);
  }

  private async loadCounts(ids: readonly string[]) {
    const rows = await this.db.read<{ id: string; total: number }>(
      `UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  ${ARTICLES_OF_ENTITY}
  RETURN count(s) AS total
}
RETURN id, total`,
      { ids },
    );
    const byId = new Map(rows.map((row) => [row.id, row.total] as const));
    return ids.map((id) => byId.get(id) ?? 0);
  }
}
