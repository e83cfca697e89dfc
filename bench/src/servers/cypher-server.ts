import { createServer } from 'node:http';
import neo4j from 'neo4j-driver';
import { QUESTIONS } from '../queries/index.js';

/**
 * The floor: each question as one Cypher statement through neo4j-driver, behind the thinnest
 * HTTP server, so that it pays the same transport as the GraphQL servers and nothing else.
 * POST /<question> with the question's arguments as JSON. Started as a child process: NEO4J_URI,
 * NEO4J_PASSWORD, PORT.
 */
const driver = neo4j.driver(
  process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
  neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD ?? ''),
  { disableLosslessIntegers: true, maxConnectionPoolSize: 100 },
);
const byName = new Map(QUESTIONS.map((q) => [q.name, q] as const));

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', async () => {
    const question = byName.get((req.url ?? '').slice(1));
    if (!question) {
      res.writeHead(404).end();
      return;
    }
    const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
    try {
      const args = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const result = await session.executeRead((tx) =>
        tx.run(question.cypher.statement, question.cypher.params(args)),
      );
      const body = JSON.stringify({ data: result.records.map((r) => r.toObject()) });
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    } catch (error) {
      res
        .writeHead(500, { 'content-type': 'application/json' })
        .end(JSON.stringify({ errors: [String(error)] }));
    } finally {
      await session.close();
    }
  });
});
server.listen(Number(process.env.PORT ?? 4200), '127.0.0.1', () => console.log('READY'));
process.on('SIGTERM', () => {
  server.close();
  void driver.close().then(() => process.exit(0));
});
