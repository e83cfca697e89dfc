import type { PageRequest } from '../pagination.js';
import { EVIDENCE_PROJECTION } from '../records.js';

/** The one page of a node's evidence that those fields read. */
export const NODE_EVIDENCE_PAGE: PageRequest = { size: 100, cursor: null, inverted: false };

/**
 * The same page as a Cypher expression over node variable `n`, so that a statement that fetches
 * nodes can bring their evidence along and prime the loader instead of costing a statement more.
 * Its items have the shape EdgeLoaders reads, in the loader's order, without the sort key and the
 * relationship's properties: the fields that read this page (`evidence`, `sources`) read only its
 * passages, and have no cursors. `project`: NODE_PROJECTION leaves the passages' sources out, for
 * a statement that brings each source once.
 */
export const nodeEvidence = (n: string, project = EVIDENCE_PROJECTION) =>
  `COLLECT { MATCH (${n})-[${n}_sb:SUPPORTED_BY]->(${n}_ev:Evidence)
  WITH ${n}_ev, ${n}_sb ORDER BY ${n}_ev.id, ${n}_sb.id LIMIT ${NODE_EVIDENCE_PAGE.size + 1}
  RETURN {node: ${project(`${n}_ev`)}, rel: {}} }`;
