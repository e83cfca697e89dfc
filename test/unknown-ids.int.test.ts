import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CountedAnswer, countedQuery } from './support/counted-query.js';
import { connectTestDatabase } from './support/database.js';
import { loadCorpus } from './support/ingest.js';

// An id that names nothing keeps its answer (null, [], 0) and gets a hint among the errors, with
// the ids whose names are nearest; an id that names something costs no statement more.

const db = connectTestDatabase();
beforeAll(() => loadCorpus(db));
afterAll(() => db.close());

interface Hint {
  message: string;
  path?: (string | number)[];
  extensions: { code: string; argument: string; id: string; foundType?: string; suggestions: any[] };
}

/** Runs a query in process; its data, its errors and how many statements it sent. */
async function run(query: string): Promise<CountedAnswer<Hint>> {
  const answer = await countedQuery<Hint>(db, query);
  expect(answer.status).toBe(200);
  return answer;
}

describe('a hint for an id that names nothing', () => {
  it('keeps node(id:) null and suggests the id meant, with its name and type', async () => {
    const { data, errors } = await run('{ node(id: "fraance") { id } }');
    expect(data).toEqual({ node: null });
    expect(errors).toHaveLength(1);
    const [hint] = errors as [Hint];
    expect(hint.message).toMatch(/^No node has id "fraance" \(argument id\)\. Did you mean "france"[,? ]/);
    expect(hint.path).toEqual(['node']);
    expect(hint.extensions).toMatchObject({ code: 'UNKNOWN_ID', argument: 'id', id: 'fraance' });
    expect(hint.extensions.suggestions[0]).toEqual({ id: 'france', name: 'France', type: 'Country' });
  });

  it('suggests facts, never the articles or passages whose words an id shares', async () => {
    const { errors } = await run('{ node(id: "feuille-de-route-migratoire-rabat") { id } }');
    const types = errors.flatMap((e) => e.extensions.suggestions.map((s) => s.type));
    expect(types.length).toBeGreaterThan(0);
    expect(types.filter((t) => t === 'Source' || t === 'Evidence')).toEqual([]);
  });

  it('names which end of a path is unknown, and only that one', async () => {
    const { data, errors } = await run(
      '{ shortestPaths(from: "samira-sitail", to: "bruno-retaileau") { paths { nodeIds } } }',
    );
    expect(data.shortestPaths.paths).toEqual([]);
    expect(errors.map((e) => e.extensions.argument)).toEqual(['to']);
    expect(errors[0]?.extensions.suggestions[0]?.id).toBe('bruno-retailleau');
  });

  it('hints an unknown actor of a timeline, its count staying 0', async () => {
    const { data, errors } = await run('{ timeline(actor: "khalid-zeroual") { totalCount } }');
    expect(data.timeline.totalCount).toBe(0);
    expect(errors[0]?.message).toMatch(
      /^No Person, Organization or Country has id "khalid-zeroual" \(argument actor\)\. Did you mean "khalid-zerouali"/,
    );
  });

  it('says when an id names a node of another type than the argument takes', async () => {
    const { data, errors } = await run('{ events(filter: { organization: "france" }) { nodes { id } } }');
    expect(data.events.nodes).toEqual([]);
    expect(errors[0]?.message).toMatch(
      /^"france" is a Country, not an Organization \(argument filter\.organization\)\./,
    );
    expect(errors[0]?.extensions).toMatchObject({ code: 'UNKNOWN_ID', foundType: 'Country' });
    for (const suggestion of errors[0]?.extensions.suggestions ?? [])
      expect(suggestion.type).toBe('Organization');
  });

  it('hints each unknown id of a list argument, and of a lineage, a neighbourhood, a subgraph', async () => {
    const { data, errors } = await run(`{
      events(filter: { attendedByAll: ["bruno-retailleau", "abdelouafi-laftitt"] }) { totalCount }
      lineage(of: "joint-declaration-2024-10-29") { totalCount }
      neighbourhood(id: "gmmp-7") { nodes { id } }
      subgraph(ids: ["france", "maroc"]) { nodes { id } }
      people(country: "portugall") { nodes { id } }
    }`);
    expect(data.events.totalCount).toBe(0);
    expect(data.lineage.totalCount).toBe(0);
    expect(data.neighbourhood).toBeNull();
    expect(data.subgraph.nodes).toEqual([{ id: 'france' }]);
    expect(data.people.nodes).toEqual([]);
    const byArgument = Object.fromEntries(
      errors.map((e) => [`${e.path?.[0]}:${e.extensions.argument}`, e.extensions]),
    );
    expect(Object.keys(byArgument).sort()).toEqual([
      'events:filter.attendedByAll',
      'lineage:of',
      'neighbourhood:id',
      'people:country',
      'subgraph:ids',
    ]);
    expect(byArgument['events:filter.attendedByAll']?.id).toBe('abdelouafi-laftitt');
    expect(byArgument['events:filter.attendedByAll']?.suggestions[0]?.id).toBe('abdelouafi-laftit');
    expect(byArgument['lineage:of']?.suggestions.map((s: any) => s.id)).toContain(
      'joint-declaration-2024-10-28',
    );
    expect(byArgument['subgraph:ids']?.id).toBe('maroc');
    expect(byArgument['subgraph:ids']?.suggestions[0]?.id).toBe('morocco');
  });

  it('gives no suggestion for an id without a word, and still says it names nothing', async () => {
    const { data, errors } = await run('{ node(id: "--") { id } }');
    expect(data.node).toBeNull();
    expect(errors.map((e) => e.message)).toEqual(['No node has id "--" (argument id).']);
    expect(errors[0]?.extensions.suggestions).toEqual([]);
  });
});

describe('ids that name something', () => {
  it('cost no statement more and get no hint', async () => {
    const known = await run('{ node(id: "france") { id } }');
    expect(known.errors).toEqual([]);
    expect(known.statements).toBe(1);
    const list = await run(
      '{ events(filter: { participant: "bruno-retailleau" }, first: 1) { nodes { id } } }',
    );
    expect(list.errors).toEqual([]);
    expect(list.statements).toBe(1);
  });

  it('get no hint when the answer is empty for another reason', async () => {
    const { data, errors } = await run(
      '{ shortestPaths(from: "samira-sitail", to: "bruno-retailleau", maxLength: 1) { paths { nodeIds } } }',
    );
    expect(data.shortestPaths.paths).toEqual([]);
    expect(errors).toEqual([]);
  });
});
