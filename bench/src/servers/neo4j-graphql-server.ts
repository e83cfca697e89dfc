import { createServer } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { TYPE_DEFS } from './neo4j-graphql-typedefs.js';

/**
 * @neo4j/graphql serving the model's type definitions with graphql-yoga, as its documentation
 * sets it up. Started as a child process by the benchmark: NEO4J_URI, NEO4J_PASSWORD, PORT.
 */
const driver = neo4j.driver(
  process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
  neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD ?? ''),
  { maxConnectionPoolSize: 100 },
);
const schema = await new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver }).getSchema();
const yoga = createYoga({ schema, graphiql: false, landingPage: false, logging: false });
const server = createServer(yoga);
server.listen(Number(process.env.PORT ?? 4100), '127.0.0.1', () => console.log('READY'));
process.on('SIGTERM', () => {
  server.close();
  void driver.close().then(() => process.exit(0));
});
