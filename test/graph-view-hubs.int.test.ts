import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.js';
import { connectTestDatabase, resetGraph } from './support/database.js';

const db = connectTestDatabase();
let api: TestApi;

/** More relationships than a node may have before views look for its edges from the other end. */
const HUB_EVENTS = 600;

// A country and an organization that are hubs (600 meetings each), a membership between the two
// hubs, and a person who attended three of the meetings.
beforeAll(async () => {
  await resetGraph(db);
  await db.writeTransaction((tx) =>
    db.run(
      tx,
      `CREATE (c:Entity:Country {id: 'hub-country', name: 'Hub country'})
CREATE (o:Entity:Organization {id: 'hub-body', name: 'Hub body'})
CREATE (p:Entity:Person {id: 'visitor', name: 'A visitor'})
CREATE (c)-[:MEMBER_OF {id: 'membership'}]->(o)
WITH c, o, p
UNWIND range(0, $events - 1) AS i
CREATE (e:Entity:Event {id: 'meeting-' + right('000' + i, 3), name: 'Meeting ' + i})
CREATE (c)-[:PARTICIPATED_IN {id: 'country-at-' + i, role: 'ATTENDED'}]->(e)
CREATE (e)-[:CONVENED_BY {id: 'convened-' + i}]->(o)
FOREACH (_ IN CASE WHEN i % 200 = 7 THEN [1] ELSE [] END |
  CREATE (p)-[:PARTICIPATED_IN {id: 'visitor-at-' + i, role: 'ATTENDED'}]->(e))`,
      { events: HUB_EVENTS },
    ),
  );
  api = await startTestApi(db);
});
afterAll(async () => {
  await api?.close();
  await resetGraph(db);
  await db.close();
});

interface View {
  nodes: { id: string; degree: number }[];
  edges: { id: string; source: string; target: string }[];
}

async function neighbourhood(id: string): Promise<View> {
  const { data, errors } = await api.query<{ neighbourhood: View }>(
    `query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 1000, perNode: 50) {
      nodes { id degree } edges { id source target } } }`,
    { id },
  );
  expect(errors).toBeUndefined();
  return (data as { neighbourhood: View }).neighbourhood;
}

/** Every relationship between two of the given nodes, read the plain way: the reference. */
async function edgesAmong(ids: string[]): Promise<string[]> {
  const rows = await db.read<{ id: string }>(
    'MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids RETURN r.id AS id ORDER BY id',
    { ids },
  );
  return rows.map((r) => r.id);
}

describe('graph views around hubs', () => {
  it('finds every edge among a view that holds two hubs, from a node of few relationships', async () => {
    const view = await neighbourhood('visitor');
    const ids = view.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['visitor', 'hub-country', 'hub-body', 'meeting-007']));
    expect(view.nodes.find((n) => n.id === 'hub-country')?.degree).toBe(HUB_EVENTS + 1);
    const found = view.edges.map((e) => e.id);
    expect(found).toEqual(await edgesAmong(ids));
    // The two hubs' own relationship, and a low-degree node's edges to each hub.
    expect(found).toEqual(
      expect.arrayContaining(['membership', 'country-at-7', 'convened-7', 'visitor-at-7']),
    );
  });

  it('shows a hub reached past the start node without expanding it, and says the view is truncated', async () => {
    const { data, errors } = await api.query<{ neighbourhood: View & { truncated: boolean } }>(
      `{ neighbourhood(id: "visitor", depth: 3, limit: 1000, perNode: 50) { truncated nodes { id } } }`,
    );
    expect(errors).toBeUndefined();
    const view = (data as { neighbourhood: View & { truncated: boolean } }).neighbourhood;
    // The visitor's three meetings, then the two hubs they lead to, whose other meetings are left out.
    expect(view.nodes.map((n) => n.id).sort()).toEqual(
      ['hub-body', 'hub-country', 'meeting-007', 'meeting-207', 'meeting-407', 'visitor'].sort(),
    );
    expect(view.truncated).toBe(true);
  });

  it('finds every edge among a hub’s sampled neighbourhood, once each', async () => {
    const view = await neighbourhood('hub-country');
    const ids = view.nodes.map((n) => n.id);
    expect(ids.length).toBeGreaterThan(50);
    const found = view.edges.map((e) => e.id);
    expect(new Set(found).size).toBe(found.length);
    expect(found).toEqual(await edgesAmong(ids));
  });
});
