import type { Database } from '@diplograph/db';
import { ingest } from '@diplograph/ingest';
import { resetGraph } from './database.js';
import { CORPUS_DIR, FACTS_DIR } from './paths.js';

/** Empties the graph and loads the shared corpus with the curated facts. */
export async function loadCorpus(db: Database) {
  await resetGraph(db);
  return ingest(db, { corpusDir: CORPUS_DIR, factsDir: FACTS_DIR });
}

/** Every node and relationship with all its properties, in a stable order: for comparing graphs. */
export async function dumpGraph(db: Database) {
  const nodes = await db.read<{ labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY coalesce(n.id, n.version)',
  );
  const relationships = await db.read<{
    type: string;
    from: string;
    to: string;
    props: Record<string, unknown>;
  }>(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props ORDER BY r.id',
  );
  // Applying a migration records when; that is not part of the data.
  for (const node of nodes) delete node.props.appliedAt;
  return { nodes, relationships };
}
