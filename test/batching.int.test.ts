import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countedQuery } from './support/counted-query.js';
import { connectTestDatabase } from './support/database.js';
import { loadCorpus } from './support/ingest.js';

const db = connectTestDatabase();
beforeAll(() => loadCorpus(db));
afterAll(() => db.close());

/** Runs a query that must not fail and counts the statements it sent to Neo4j. */
async function statementsFor(query: string): Promise<{ count: number; data: any }> {
  const { data, errors, statements } = await countedQuery(db, query);
  expect(errors, JSON.stringify(errors)).toEqual([]);
  return { count: statements, data };
}

const nested = (actors: number) => `{
  people(first: ${actors}) {
    nodes {
      name
      events(first: 10) {
        edges {
          role
          evidence { quote source { title } }
          node { name commitments(first: 10) { nodes { name evidence { quote source { title } } } } }
        }
      }
    }
  }
}`;

describe('batching', () => {
  it('sends as many statements for eight actors as for one: actors → events → commitments → evidence', async () => {
    const one = await statementsFor(nested(1));
    const eight = await statementsFor(nested(8));
    const items = (data: any) =>
      data.people.nodes.flatMap((p: any) =>
        p.events.edges.flatMap((e: any) => [e, ...e.node.commitments.nodes]),
      ).length;
    expect(items(eight.data)).toBeGreaterThan(items(one.data));
    expect(eight.count).toBe(one.count);
    // One statement per level: the list; events; commitments, and the events' passages; the
    // commitments' passages. Passages come with their sources.
    expect(eight.count).toBeLessThanOrEqual(5);
  });

  it('sends as many statements for eight entities’ articles as for one, passages’ sources included', async () => {
    const articles = (people: number) => `{
      people(first: ${people}) { nodes { mentionedIn(first: 3) { totalCount edges { node { title } evidence { quote source { title } } } } } }
    }`;
    const one = await statementsFor(articles(1));
    const eight = await statementsFor(articles(8));
    const listed = (data: any) => data.people.nodes.flatMap((p: any) => p.mentionedIn.edges).length;
    expect(listed(eight.data)).toBeGreaterThan(listed(one.data));
    // The list; the pages of articles; their totals.
    expect(eight.count).toBe(3);
    expect(one.count).toBe(3);
  });

  it('finds the posts all participants of an event held on its date in one statement', async () => {
    const participants = (held: string) => `{
      node(id: "gmmp-7th-meeting-2025-06-25") { ... on Event { participants { edges { node { id } ${held} } } } }
    }`;
    const without = await statementsFor(participants(''));
    const withPosts = await statementsFor(participants('heldPost { title post { title } }'));
    const edges = withPosts.data.node.participants.edges;
    expect(edges.filter((e: any) => e.heldPost).length).toBeGreaterThan(1);
    expect(withPosts.count).toBe(without.count + 1);
  });

  const meetingsOf = (events: string) => `
      name
      events(first: 10) {
        ${events}
        edges {
          role
          node { id name date { text } commitments(first: 5) { edges { node { id summary evidence { quote source { title } } } } } }
        }
      }`;

  it('sends one statement for a node by id and the pages its fragments ask: person → events → commitments → evidence', async () => {
    const { data: listed } = await statementsFor(`{ people(first: 8) { nodes { id ${meetingsOf('')} } } }`);
    const person = listed.people.nodes
      .filter((p: any) => p.events.edges.some((e: any) => e.node.commitments.edges.length > 0))
      .at(0);
    expect(person).toBeDefined();
    const { count, data } = await statementsFor(`{
      node(id: "${person.id}") { id ... on Person { ${meetingsOf('')} } ... on Country { name events(first: 3) { nodes { id } } } }
    }`);
    expect(count).toBe(1);
    expect(data.node).toEqual(person);
  });

  it('answers nodes of a type no fragment pages, and batches node aliases of one shape', async () => {
    const query = `{
      a: node(id: "france") { id ... on Person { ${meetingsOf('totalCount')} } ... on Country { name } }
      b: node(id: "morocco") { id ... on Person { ${meetingsOf('totalCount')} } ... on Country { name } }
    }`;
    const { count, data } = await statementsFor(query);
    expect(count).toBe(1);
    expect(data.a).toEqual({ id: 'france', name: expect.any(String) });
    expect(data.b).toEqual({ id: 'morocco', name: expect.any(String) });
  });

  it('sends one statement for links, and for pages asked in fragments on nodes of several types', async () => {
    const { count, data } = await statementsFor(`{
      commitments(first: 50) { nodes { id
        madeAt { node { id places(first: 5) { nodes { id } } } }
        derivesFrom(first: 5) { nodes { id
          ... on Commitment { madeAt { node { id } } }
          ... on Instrument { adoptedAt { node { id } } }
        } }
      } }
    }`);
    expect(count).toBe(1);
    const answered = data.commitments.nodes.map((c: any) => ({
      id: c.id,
      madeAt: c.madeAt?.node.id ?? null,
      places: c.madeAt?.node.places.nodes.map((p: any) => p.id).sort() ?? [],
      derives: c.derivesFrom.nodes
        .map((d: any) => ({ id: d.id, at: (d.madeAt ?? d.adoptedAt)?.node.id ?? null }))
        .sort((a: any, b: any) => a.id.localeCompare(b.id)),
    }));
    // The same, read from the graph in plain Cypher.
    const held = await db.read<{ id: string; madeAt: string | null; places: string[]; derives: any[] }>(
      `UNWIND $ids AS id
      MATCH (c:Commitment {id: id})
      OPTIONAL MATCH (c)-[:MADE_AT]->(e:Event)
      RETURN c.id AS id, e.id AS madeAt,
        COLLECT { MATCH (e)-[:TOOK_PLACE_IN]->(p:Place) RETURN p.id ORDER BY p.id } AS places,
        COLLECT { MATCH (c)-[:DERIVES_FROM]->(d:Commitment|Instrument)
          OPTIONAL MATCH (d)-[:MADE_AT|ADOPTED_AT]->(x:Event)
          RETURN {id: d.id, at: x.id} ORDER BY d.id } AS derives`,
      { ids: answered.map((c: any) => c.id) },
    );
    expect(answered.some((c: any) => c.places.length > 0 && c.derives.length > 0)).toBe(true);
    expect(answered).toEqual(held);
  });

  it('finds a post by its title and who held it on a day in one statement, of one country or of any', async () => {
    const holders = (country: string) => `{
      postHolders(title: "directeur de l’immigration", at: "2024-12-03"${country}) { person { name } post { id } }
    }`;
    const mine = await statementsFor(holders(', country: "france"'));
    const any = await statementsFor(holders(''));
    expect(mine.count).toBe(1);
    expect(any.count).toBe(1);
    expect(mine.data.postHolders.length).toBeGreaterThan(0);
    expect(any.data.postHolders).toEqual(expect.arrayContaining(mine.data.postHolders));
  });

  // Each root field's whole selection of relationship pages is one statement, however deep.
  const levels = {
    1: '{ people(first: 5) { nodes { name } } }',
    3: '{ people(first: 5) { nodes { name events(first: 5) { nodes { name commitments(first: 5) { nodes { name } } } } } } }',
    5: `{ people(first: 3) { nodes { name events(first: 3) { nodes { name commitments(first: 3) { nodes { name
          themes(first: 3) { nodes { name events(first: 3) { nodes { name evidence { quote } } } } }
        } } } } } } }`,
  };
  for (const [depth, query] of Object.entries(levels)) {
    it(`sends one statement for a ${depth}-level query`, async () => {
      const { count, data } = await statementsFor(query);
      expect(data.people.nodes.length).toBeGreaterThan(0);
      expect(count).toBe(1);
    });
  }
});
