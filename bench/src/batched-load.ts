import { type Database, migrate } from '@diplograph/db';
import type { NodeRow, RelationshipRow } from '@diplograph/ingest';
import { ACTOR_LABELS, ENTITY_LABELS, RELATIONSHIP_TYPES } from '@diplograph/schema';
import type { CompiledCorpus, IngestFigures } from './ingest-run.js';

const BATCH = 10_000;

/**
 * Not the ingest: the compiled graph written as the ingest would leave it (same labels,
 * properties, relationship types), but with CREATE in committed transactions of 10,000 rows. Used
 * only where the one write transaction of the real path cannot finish on this machine, so that
 * the questions can still be timed at that scale. Its rate is not an ingest figure.
 */
export async function loadInBatches(
  db: Database,
  compiled: CompiledCorpus,
  log: (line: string) => void,
): Promise<IngestFigures> {
  const { graph } = compiled;
  await migrate(db);
  const started = performance.now();
  let written = 0;
  const write = async <T>(statement: string, rows: T[], params: (row: T) => unknown) => {
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      await db.writeTransaction((tx) => db.run(tx, statement, { rows: batch.map(params) }), 3_600_000);
      written += batch.length;
      if (written % 500_000 < BATCH)
        log(`  loaded ${written} rows in ${Math.round((performance.now() - started) / 1000)} s`);
    }
  };
  // Labels and types come from the model's fixed lists.
  for (const label of ENTITY_LABELS) {
    const actor = (ACTOR_LABELS as readonly string[]).includes(label) ? ':Actor' : '';
    const rows = graph.nodes.filter((n) => n.label === label);
    await write(
      `UNWIND $rows AS row CREATE (n:Entity:${label}${actor}) SET n = row.props, n.digest = 'batched'`,
      rows,
      nodeParams,
    );
  }
  for (const type of RELATIONSHIP_TYPES) {
    const rows = graph.relationships.filter((r) => r.type === type);
    await write(
      `UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
CREATE (a)-[r:${type}]->(b) SET r = row.props, r.digest = 'batched'`,
      rows,
      relationshipParams,
    );
  }
  const writeMs = performance.now() - started;
  const rows = graph.nodes.length + graph.relationships.length;
  return {
    mode: 'batched',
    articles: compiled.articles,
    nodes: graph.nodes.length,
    relationships: graph.relationships.length,
    readMs: compiled.readMs,
    compileMs: compiled.compileMs,
    writeMs,
    phases: { batchesMs: writeMs, sweepMs: 0, countMs: 0, commitMs: 0 },
    writeRate: rows / (writeMs / 1000),
    overallRate: rows / ((compiled.readMs + compiled.compileMs + writeMs) / 1000),
  };
}

const withoutNulls = (props: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
const nodeParams = (row: NodeRow) => ({ props: withoutNulls(row.props) });
const relationshipParams = (row: RelationshipRow) => ({
  from: row.from,
  to: row.to,
  props: withoutNulls(row.props),
});
