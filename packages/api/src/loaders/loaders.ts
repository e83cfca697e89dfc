import type { Database } from '@diplograph/db';
import type DataLoader from 'dataloader';
import { EVIDENCE_PROJECTION, type GraphRecord } from '../records.js';
import { EdgeLoaders } from './edge-loader.js';
import { createEntityLoader } from './entity-loader.js';
import { MentionLoaders } from './mention-loader.js';
import { NodeLoaders } from './node-loader.js';

/** Per-request batching and caching of database reads. */
export interface Loaders {
  entities: DataLoader<string, GraphRecord | null>;
  /** Passages by id, each with its source. */
  evidence: DataLoader<string, GraphRecord | null>;
  edges: EdgeLoaders;
  /** Nodes by id with what the query asks of them next (`node`, `nodes`). */
  nodes: NodeLoaders;
  /** The articles of entities (`mentionedIn`). */
  mentions: MentionLoaders;
}

export function createLoaders(db: Database): Loaders {
  const entities = createEntityLoader(db);
  const edges = new EdgeLoaders(db);
  return {
    entities,
    evidence: createEntityLoader(db, EVIDENCE_PROJECTION),
    edges,
    nodes: new NodeLoaders(db, entities, edges),
    mentions: new MentionLoaders(db, entities),
  };
}
