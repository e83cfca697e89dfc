import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { connectTestDatabase } from '../support/database.js';
import { loadCorpus } from '../support/ingest.js';

// The server audits of graphql-http, the reference implementation of the GraphQL over HTTP spec,
// against the API over real HTTP: `error` is a failed MUST, `warn` a failed SHOULD or MAY.

const db = connectTestDatabase();
let api: TestApi;

beforeAll(async () => {
  await loadCorpus(db);
  api = await startTestApi(db);
});
afterAll(async () => {
  await api.close();
  await db.close();
});

describe('GraphQL over HTTP', () => {
  it('passes every MUST of the graphql-http server audits, and lists the SHOULDs it does not', async () => {
    const results = await auditServer({ url: `${api.url}/graphql` });
    const failed = (status: string) =>
      results
        .filter((r) => r.status === status)
        .map((r) => `${r.name}${'reason' in r ? `: ${r.reason}` : ''}`);
    const warnings = failed('warn');
    console.log(
      `graphql-http audits: ${results.length} run, ${failed('ok').length} ok, ${warnings.length} SHOULD not met:\n` +
        warnings.map((w) => `  - ${w}`).join('\n'),
    );
    expect(results.length).toBeGreaterThan(50);
    expect(failed('error')).toEqual([]);
  });
});
