import type { Database } from '@diplograph/db';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { nodeShape } from '../compiler/page-plan.js';
import { type BroughtAlong, nodesStatement, type RawItem, shapeKey } from '../compiler/page-statement.js';
import { type GraphRecord, toRecord } from '../records.js';
import type { EdgeLoaders } from './edge-loader.js';

/** A node as the nodes statement returns it, with what it brought along. */
type NodeItem = Pick<RawItem, 'node' | 'evidence' | 'nested'>;

/**
 * Nodes by id for `node(id:)` and `nodes(ids:)`, with what the query asks of them next
 * (`... on Person { events { … } }`) in the same statement, batched per shape of what is asked.
 * What the statement brings primes the edge loaders, so the resolvers below find it there. With
 * nothing to bring along, the plain entity loader serves.
 */
export class NodeLoaders {
  private readonly byShape = new Map<string, DataLoader<string, GraphRecord | null>>();

  constructor(
    private readonly db: Database,
    private readonly entities: DataLoader<string, GraphRecord | null>,
    private readonly edges: EdgeLoaders,
  ) {}

  load(id: string, info: GraphQLResolveInfo): Promise<GraphRecord | null> {
    return this.loaderFor(nodeShape(info)).load(id);
  }

  loadMany(ids: string[], info: GraphQLResolveInfo): Promise<Array<GraphRecord | null | Error>> {
    return this.loaderFor(nodeShape(info)).loadMany(ids);
  }

  private loaderFor(shape: BroughtAlong): DataLoader<string, GraphRecord | null> {
    if (!shape.withEvidence && shape.nested.length === 0) return this.entities;
    const key = shapeKey(shape, {});
    const loader = this.byShape.get(key) ?? new DataLoader((ids) => this.loadNodes(ids, shape));
    this.byShape.set(key, loader);
    return loader;
  }

  private async loadNodes(ids: readonly string[], shape: BroughtAlong) {
    const params: Record<string, unknown> = { ids };
    const rows = await this.db.read<{ item: NodeItem }>(nodesStatement(shape, params), params);
    const byId = new Map<string, GraphRecord>();
    for (const { item } of rows) {
      const record = toRecord(item.node);
      byId.set(record.id, record);
      this.entities.prime(record.id, record);
      this.edges.primeBroughtAlong(record, shape, item);
    }
    return ids.map((id) => byId.get(id) ?? null);
  }
}
