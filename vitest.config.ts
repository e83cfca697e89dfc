import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Unit tests sit next to their source and need no database. Integration tests live in test/ and
// share one Neo4j chosen by the global setup; they run one file at a time because each file
// resets the graph it works on. They also share one CoreNLP server (test/setup/nlp.ts), which the
// end-to-end project reuses through NLP_URL. End-to-end tests drive the explorer in headless
// Chromium against the API serving the corpus (test/e2e/setup.ts).

// Workspace packages export their TypeScript sources under the `source` condition, so tests run
// on sources without a build. graphql is pinned to the build Node loads for Pothos and Yoga:
// Vite would otherwise give our code its ES build, and graphql's types would not match across
// the two copies.
const resolve = {
  conditions: ['source', 'node', 'development|production'],
  alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
};

export default defineConfig({
  resolve,
  ssr: { resolve },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['packages/*/src/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.int.test.ts'],
          globalSetup: ['test/setup/neo4j.ts', 'test/setup/nlp.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      // Long variants of the reliability tests (larger faults, soaks): only with `./diplograph
      // test-long`, which sets DIPLOGRAPH_LONG, so that the usual run never picks them up.
      ...(process.env.DIPLOGRAPH_LONG
        ? [
            {
              extends: true,
              test: {
                name: 'long',
                include: ['test/reliability/**/*.long.test.ts'],
                // The ingest reads the articles by machine too: the long tests need CoreNLP as the others do.
                globalSetup: ['test/setup/neo4j.ts', 'test/setup/nlp.ts'],
                fileParallelism: false,
                testTimeout: 3_600_000,
                hookTimeout: 600_000,
              },
            },
          ]
        : []),
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          // Its own Neo4j from the same setup, so that integration tests resetting theirs cannot race it.
          globalSetup: ['test/setup/neo4j.ts', 'test/setup/nlp.ts', 'test/e2e/setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
