import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '@diplograph/db';
import { ingest } from '@diplograph/ingest';
import { INVENTED, writeBigFacts } from './big-facts.js';
import { resetGraph } from './database.js';
import { dumpGraph } from './ingest.js';
import type { OwnNeo4j } from './own-neo4j.js';
import { CORPUS_DIR } from './paths.js';

export type Graph = Awaited<ReturnType<typeof dumpGraph>>;

/**
 * Starts an ingest of the corpus with `people` invented people of `version` (which should differ
 * from the graph's), kills the JVM once `killAt` of the rows are written (the one write
 * transaction is in flight), restarts Neo4j on the same data, and checks that the graph is exactly
 * `before`, or complete; then reruns the ingest, which must complete. Returns the complete graph
 * and how far the killed write had gone.
 */
export async function killDuringIngest(
  neo4j: OwnNeo4j,
  db: Database,
  before: Graph,
  people: number,
  { killAt = 0.5, version = 1 } = {},
): Promise<{ after: Graph; writtenWhenKilled: number; total: number }> {
  const root = await mkdtemp(join(tmpdir(), 'diplograph-big-facts-'));
  try {
    const factsDir = join(root, 'facts');
    await writeBigFacts(factsDir, people, version);
    const { writtenWhenKilled, total } = await ingestKilled(neo4j, db, factsDir, killAt);
    await neo4j.restart();
    // The previous graph, or (had the commit been reached) the complete one: never a part.
    const recovered = await dumpGraph(db);
    const invented = (graph: Graph) =>
      graph.nodes.filter(
        (n) =>
          String(n.props.id).startsWith(INVENTED) &&
          String(n.props.description).endsWith(`(version ${version}).`),
      ).length;
    if (JSON.stringify(recovered) !== JSON.stringify(before) && invented(recovered) !== people) {
      throw new Error(
        `after the crash the graph is partial: ${recovered.nodes.length} nodes, ${invented(recovered)} of ` +
          `${people} invented people of version ${version} (before: ${before.nodes.length} nodes)`,
      );
    }
    await ingest(db, { corpusDir: CORPUS_DIR, factsDir });
    const after = await dumpGraph(db);
    if (invented(after) !== people)
      throw new Error(`the rerun wrote ${invented(after)} of ${people} invented people`);
    return { after, writtenWhenKilled, total };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/**
 * Loads the corpus with `people` invented people into an empty database, kills the JVM once half
 * of the rows are staged, restarts Neo4j and checks that readers see an empty graph; then reruns
 * the ingest, which must wait for the dead run's staging lease to lapse, delete what it staged and
 * load everything. Returns how far the killed load had gone, how many staged nodes it left, and
 * what the rerun said it was doing besides writing.
 */
export async function killDuringFirstLoad(
  neo4j: OwnNeo4j,
  db: Database,
  people: number,
): Promise<{ writtenWhenKilled: number; total: number; staged: number; after: Graph; notices: string[] }> {
  const root = await mkdtemp(join(tmpdir(), 'diplograph-big-facts-'));
  try {
    const factsDir = join(root, 'facts');
    await writeBigFacts(factsDir, people, 1);
    await resetGraph(db);
    const { writtenWhenKilled, total } = await ingestKilled(neo4j, db, factsDir, 0.5);
    await neo4j.restart();
    const [seen] = await db.read<{ entities: number; staged: number }>(
      'CALL { MATCH (n:Entity) RETURN count(n) AS entities } CALL { MATCH (n:Staged) RETURN count(n) AS staged } RETURN entities, staged',
    );
    if (seen?.entities !== 0) throw new Error(`after the crash readers see ${seen?.entities} nodes`);
    const notices: string[] = [];
    await ingest(db, { corpusDir: CORPUS_DIR, factsDir, onNotice: (message) => notices.push(message) });
    const after = await dumpGraph(db);
    const leftovers = after.nodes.filter(
      (n) => n.labels.includes('Staged') || n.props.stagingRun !== undefined,
    );
    if (leftovers.length > 0) throw new Error(`the rerun left ${leftovers.length} staged nodes or a lease`);
    const invented = after.nodes.filter((n) => String(n.props.id).startsWith(INVENTED)).length;
    if (invented !== people) throw new Error(`the rerun wrote ${invented} of ${people} invented people`);
    return { writtenWhenKilled, total, staged: seen.staged, after, notices };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Runs an ingest of the corpus and `factsDir`; kills the JVM once `killAt` of its rows are written. */
async function ingestKilled(neo4j: OwnNeo4j, db: Database, factsDir: string, killAt: number) {
  let killed: Promise<void> | undefined;
  let writtenWhenKilled = 0;
  let total = 0;
  const outcome = await ingest(db, {
    corpusDir: CORPUS_DIR,
    factsDir,
    onProgress: (written, of) => {
      total = of;
      if (killed || written < of * killAt) return;
      writtenWhenKilled = written;
      killed = neo4j.kill();
    },
  }).then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!killed) throw new Error('the ingest ended before it could be killed');
  await killed;
  if (!(outcome instanceof Error)) throw new Error('the killed ingest reported success');
  return { writtenWhenKilled, total };
}
