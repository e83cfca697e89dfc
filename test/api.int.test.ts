import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readmeExamples } from '@diplograph/api';
import { repoRoot } from '@diplograph/db';
import { foldText } from '@diplograph/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.js';
import { connectTestDatabase } from './support/database.js';
import { loadCorpus } from './support/ingest.js';

// Analysts' questions, asked over HTTP of the API serving the ingested corpus.

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

/** Runs a query that must succeed and returns its data. */
async function ask<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await api.query<T>(query, variables);
  expect(response.errors).toBeUndefined();
  expect(response.status).toBe(200);
  return response.data as T;
}

describe('lineage', () => {
  it('finds the commitments that trace back to the October 2024 declaration, none from the 2020 5+5 roadmap', async () => {
    const data = await ask(`{
      lineage(of: "joint-declaration-2024-10-28", first: 100) {
        totalCount
        edges { node { depth node { id } path { how to { id } evidence { quote } } } }
      }
    }`);
    const ids = data.lineage.edges.map((e: any) => e.node.node.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'paris-2024-diaspora-rights-consular-services',
        'gmmp7-unaccompanied-minors-repatriation',
      ]),
    );
    expect(ids.some((id: string) => id.startsWith('roadmap-5plus5'))).toBe(false);
    expect(data.lineage.totalCount).toBe(ids.length);
    for (const edge of data.lineage.edges) {
      expect(edge.node.path.at(-1).to.id).toBe('joint-declaration-2024-10-28');
      expect(edge.node.path.every((step: any) => step.evidence.length > 0)).toBe(true);
    }
  });

  it('finds the 5+5 roadmap’s measures as its own lineage, by axis', async () => {
    const data = await ask(`{
      node(id: "roadmap-5plus5-2020") {
        ... on Instrument { axes { order name measures { totalCount } } lineage(first: 100) { totalCount } }
      }
    }`);
    const axes = data.node.axes;
    expect(axes.map((a: any) => a.order)).toEqual([1, 2, 3, 4, 5, 6]);
    const measures = axes.reduce((sum: number, a: any) => sum + a.measures.totalCount, 0);
    expect(measures).toBeGreaterThanOrEqual(20);
    expect(data.node.lineage.totalCount).toBe(measures);
  });

  it('shows what a commitment traces back to, at any depth', async () => {
    const data = await ask(`{
      node(id: "gmmp7-unaccompanied-minors-repatriation") {
        ... on Commitment { ancestry(kinds: [INSTRUMENT, COMMITMENT]) { edges { node { node { id } depth } } } }
      }
    }`);
    const ids = data.node.ancestry.edges.map((e: any) => e.node.node.id);
    expect(ids).toEqual(
      expect.arrayContaining(['joint-declaration-2024-10-28', 'cooperation-agreement-2020']),
    );
  });
});

describe('posts over time', () => {
  const holders = `query ($at: Date!) { postHolders(title: "directeur de l’immigration", at: $at, country: "france") { person { name } basis } }`;

  it('names the French directeur de l’immigration on 2024-12-03: Simon Fetet', async () => {
    const data = await ask(holders, { at: '2024-12-03' });
    expect(data.postHolders).toEqual([{ person: { name: 'Simon Fetet' }, basis: 'ATTESTED' }]);
  });

  it('names the French directeur de l’immigration on 2025-06-25: Frédéric Joram', async () => {
    const data = await ask(holders, { at: '2025-06-25' });
    expect(data.postHolders).toEqual([{ person: { name: 'Frédéric Joram' }, basis: 'ATTESTED' }]);
  });

  it('leaves a day between attestations open, with both holders possible and bounded', async () => {
    const data = await ask(
      `{ postHolders(title: "directeur de l'immigration", at: "2025-03-01", includePossible: true) {
          person { id } basis possibleFrom possibleTo } }`,
    );
    expect(data.postHolders).toEqual([
      { person: { id: 'simon-fetet' }, basis: 'POSSIBLE', possibleFrom: null, possibleTo: '2025-06-24' },
      { person: { id: 'frederic-joram' }, basis: 'POSSIBLE', possibleFrom: '2024-12-04', possibleTo: null },
    ]);
  });

  it('gives Zerouali’s title as the sources wrote it on each date', async () => {
    const data = await ask(`{
      node(id: "khalid-zerouali") { ... on Person {
        before: posts(at: "2024-12-03") { title post { id } }
        after: posts(at: "2025-06-25") { title post { id } }
      } }
    }`);
    expect(data.node.before[0].title).toBe('Directeur de la Migration et de la Surveillance des Frontières');
    expect(data.node.after[0].title).toMatch(/^Wali directeur/);
    expect(data.node.before[0].post.id).toBe(data.node.after[0].post.id);
  });

  it('knows who was Morocco’s interior minister on 2025-04-14', async () => {
    const data = await ask(
      `{ node(id: "minister-of-interior-morocco") { ... on Post { holders(at: "2025-04-14") { person { name } } } } }`,
    );
    expect(data.node.holders).toEqual([{ person: { name: 'Abdelouafi Laftit' } }]);
  });
});

describe('meetings', () => {
  it('tells who co-chaired the 7th GMMP meeting, when and where, with the quotes', async () => {
    const data = await ask(`{
      events(filter: { organization: "gmmp", kind: GROUP_SESSION }, first: 20) {
        nodes {
          number date { text precision } places { nodes { name } }
          participants(role: CO_CHAIRED) { edges { node { name } evidence { quote source { title } } } }
        }
      }
    }`);
    const seventh = data.events.nodes.find((e: any) => e.number === 7);
    expect(seventh.date).toEqual({ text: '2025-06-25', precision: 'DAY' });
    expect(seventh.places.nodes).toEqual([{ name: 'Paris' }]);
    expect(seventh.participants.edges.map((e: any) => e.node.name).sort()).toEqual([
      'Frédéric Joram',
      'Khalid Zerouali',
    ]);
    expect(seventh.participants.edges.every((e: any) => e.evidence[0].quote.length > 0)).toBe(true);
  });

  it('tells who led the Moroccan delegation in Paris, on whose behalf', async () => {
    const data = await ask(`{
      node(id: "gmmp-meeting-paris-2024-12") { ... on Event {
        participants(role: LED_DELEGATION) { edges { node { id } onBehalfOf { id } } }
      } }
    }`);
    expect(data.node.participants.edges).toEqual([
      { node: { id: 'khalid-zerouali' }, onBehalfOf: { id: 'morocco' } },
    ]);
  });

  it('lists the articles that report the Paris meeting: two of them', async () => {
    const data = await ask(`{ node(id: "gmmp-meeting-paris-2024-12") { ... on Entity { sources { id } } } }`);
    expect(data.node.sources.map((s: any) => s.id).sort()).toEqual(['src-000', 'src-001']);
  });

  it('follows "continues" links both ways', async () => {
    const data = await ask(`{
      node(id: "gmmp-meeting-marrakech-2024-10-03") { ... on Event { continuedBy { nodes { id } } date { text } } }
    }`);
    expect(data.node.date.text).toBe('2024-10-03');
    expect(data.node.continuedBy.nodes).toEqual([{ id: 'gmmp-meeting-paris-2024-12' }]);
  });

  it('filters events by a date range, respecting precision', async () => {
    const query = `query ($match: DateMatch) {
      events(filter: { date: { from: "2024-10-01", to: "2024-10-31", match: $match } }, orderBy: DATE_ASC) { nodes { id } }
    }`;
    const overlapping = (await ask(query, { match: 'OVERLAPS' })).events.nodes.map((e: any) => e.id);
    const within = (await ask(query, { match: 'WITHIN' })).events.nodes.map((e: any) => e.id);
    expect(overlapping).toContain('gmmp-meeting-paris-2024-12');
    expect(within).not.toContain('gmmp-meeting-paris-2024-12');
    expect(within).toEqual(
      expect.arrayContaining([
        'gmmp-meeting-marrakech-2024-10-03',
        'laftit-retailleau-meeting-rabat-2024-10-29',
      ]),
    );
    expect(within).not.toContain('gmmp-7th-meeting-2025-06-25');
  });

  it('lists the events an actor took part in, with the part played', async () => {
    const data = await ask(
      `{ node(id: "abdelouafi-laftit") { ... on Actor { events { edges { role node { id } } } } } }`,
    );
    expect(data.node.events.edges).toContainEqual({
      role: 'RECEIVED',
      node: { id: 'laftit-retailleau-meeting-rabat-2025-04-14' },
    });
    expect(data.node.events.edges.map((e: any) => e.node.id)).toContain(
      'laftit-retailleau-meeting-rabat-2024-10-29',
    );
  });
});

describe('events several actors all attended', () => {
  const attendedByAll = `query ($actors: [ID!]) {
    events(filter: { attendedByAll: $actors }, first: 20) { totalCount nodes { id participants(first: 20) { nodes { id } } } }
  }`;

  it('finds the two Rabat meetings that Laftit and Retailleau both attended, whatever the order asked', async () => {
    const both = (await ask(attendedByAll, { actors: ['abdelouafi-laftit', 'bruno-retailleau'] })).events;
    const reversed = (await ask(attendedByAll, { actors: ['bruno-retailleau', 'abdelouafi-laftit'] })).events;
    expect(both.nodes.map((e: any) => e.id).sort()).toEqual([
      'laftit-retailleau-meeting-rabat-2024-10-29',
      'laftit-retailleau-meeting-rabat-2025-04-14',
    ]);
    expect(reversed.nodes.map((e: any) => e.id).sort()).toEqual(both.nodes.map((e: any) => e.id).sort());
    expect(both.totalCount).toBe(2);
  });

  it('keeps only the events every actor asked took part in, fewer as actors are added', async () => {
    const one = (await ask(attendedByAll, { actors: ['abdelouafi-laftit'] })).events;
    const two = (await ask(attendedByAll, { actors: ['abdelouafi-laftit', 'person-fernando-marlaska'] }))
      .events;
    const three = (
      await ask(attendedByAll, {
        actors: ['abdelouafi-laftit', 'person-fernando-marlaska', 'mohammed-vi'],
      })
    ).events;
    expect(two.totalCount).toBeGreaterThan(three.totalCount);
    expect(one.totalCount).toBeGreaterThan(two.totalCount);
    for (const event of two.nodes) {
      expect(event.participants.nodes.map((p: any) => p.id)).toEqual(
        expect.arrayContaining(['abdelouafi-laftit', 'person-fernando-marlaska']),
      );
    }
    const ids = (list: any) => list.nodes.map((e: any) => e.id);
    expect(ids(one)).toEqual(expect.arrayContaining(ids(two)));
    expect(ids(two)).toEqual(expect.arrayContaining(ids(three)));
  });

  it('answers the README’s question: both Rabat meetings, each minister in the post of his country', async () => {
    const examples = readmeExamples(await readFile(join(repoRoot(), 'README.md'), 'utf8'));
    const example = examples.find((e) => e.question.includes('both attend'));
    expect(example).toBeDefined();
    const data = await ask(example?.query ?? '');
    expect(data.events.nodes.map((e: any) => e.date.text).sort()).toEqual(['2024-10-29', '2025-04-14']);
    for (const event of data.events.nodes) {
      const countries = event.participants.edges.map((e: any) => [
        e.node.name,
        e.heldPost.post.country.node.name,
      ]);
      expect(countries).toEqual(
        expect.arrayContaining([
          ['Abdelouafi Laftit', 'Maroc'],
          ['Bruno Retailleau', 'France'],
        ]),
      );
    }
  });

  it('refuses an empty list and more than ten actors as the client’s error', async () => {
    for (const actors of [[], Array.from({ length: 11 }, (_, i) => `actor-${i}`)]) {
      const response = await api.query(attendedByAll, { actors });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(/attendedByAll/);
    }
  });
});

describe('the post a participant held on the event’s date', () => {
  it('gives each co-chair of the 7th GMMP meeting the post held that day, with the title written', async () => {
    const data = await ask(`{
      node(id: "gmmp-7th-meeting-2025-06-25") { ... on Event {
        participants { edges { node { id } heldPost { title basis post { id } person { id } } } }
      } }
    }`);
    const held = Object.fromEntries(data.node.participants.edges.map((e: any) => [e.node.id, e.heldPost]));
    expect(held['khalid-zerouali'].post.id).toBe('director-of-migration-and-border-surveillance-morocco');
    expect(held['frederic-joram'].post.id).toBe('director-of-immigration-france');
    expect(held['frederic-joram'].title).toMatch(/directeur de l’immigration/);
    for (const [person, holding] of Object.entries<any>(held)) expect(holding.person.id).toBe(person);
  });

  it('is the same seen from the person, and null where the sources establish no post over the whole date', async () => {
    const data = await ask(`{
      node(id: "khalid-zerouali") { ... on Actor {
        events(first: 100) { edges { node { id date { text earliest latest } } heldPost { post { id } knownFrom knownTo } } }
      } }
    }`);
    const held = Object.fromEntries(data.node.events.edges.map((e: any) => [e.node.id, e]));
    expect(held['gmmp-7th-meeting-2025-06-25'].heldPost.post.id).toBe(
      'director-of-migration-and-border-surveillance-morocco',
    );
    // The Paris meeting is dated only between two days; his post is attested on the last of them alone.
    expect(held['gmmp-meeting-paris-2024-12'].node.date.text).toContain('/');
    expect(held['gmmp-meeting-paris-2024-12'].heldPost).toBeNull();
    for (const edge of data.node.events.edges.filter((e: any) => e.heldPost)) {
      expect(edge.heldPost.knownFrom <= edge.node.date.earliest).toBe(true);
      expect(edge.heldPost.knownTo >= edge.node.date.latest).toBe(true);
    }
  });

  it('is null for a country taking part', async () => {
    const data = await ask(`{
      events(filter: { participant: "morocco" }, first: 20) { nodes { participants(first: 20) { edges { node { __typename } heldPost { title } } } } }
    }`);
    const countries = data.events.nodes
      .flatMap((e: any) => e.participants.edges)
      .filter((e: any) => e.node.__typename === 'Country');
    expect(countries.length).toBeGreaterThan(0);
    expect(countries.every((e: any) => e.heldPost === null)).toBe(true);
  });
});

describe('instruments and commitments', () => {
  it('names who signed the October 2024 declaration, where and at which event', async () => {
    const data = await ask(`{
      node(id: "joint-declaration-2024-10-28") { ... on Instrument {
        date { text } places { nodes { id } } adoptedAt { node { id kind } }
        parties(role: SIGNATORY) { nodes { id } }
      } }
    }`);
    expect(data.node.date.text).toBe('2024-10-28');
    expect(data.node.places.nodes).toEqual([{ id: 'rabat' }]);
    expect(data.node.adoptedAt.node.kind).toBe('STATE_VISIT');
    expect(data.node.parties.nodes.map((n: any) => n.id).sort()).toEqual(['emmanuel-macron', 'mohammed-vi']);
  });

  it('lists the commitments made at the Rabat meeting of October 2024, by status', async () => {
    const data = await ask(`{
      commitments(filter: { madeAt: "laftit-retailleau-meeting-rabat-2024-10-29", status: PLANNED }) { nodes { id status } }
    }`);
    expect(data.commitments.nodes).toContainEqual({
      id: 'interior-2024-bilateral-roadmap',
      status: 'PLANNED',
    });
    expect(data.commitments.nodes.every((c: any) => c.status === 'PLANNED')).toBe(true);
  });

  it('lists the commitments on a theme', async () => {
    const data = await ask(
      `{ commitments(filter: { theme: "readmission" }, first: 50) { totalCount nodes { id } } }`,
    );
    expect(data.commitments.totalCount).toBeGreaterThan(0);
    expect(data.commitments.nodes.map((c: any) => c.id)).toContain('interior-2024-returns-readmissions');
  });
});

describe('search', () => {
  it('finds Samira Sitaïl with and without the accent', async () => {
    for (const query of ['Sitaïl', 'sitail', 'SITAIL']) {
      const data = await ask(`query ($q: String!) { search(query: $q, first: 1) { type node { id } } }`, {
        q: query,
      });
      expect(data.search).toEqual([{ type: 'Person', node: { id: 'samira-sitail' } }]);
    }
  });

  it('finds the group by its acronym, first', async () => {
    const data = await ask(`{ search(query: "gmmp", first: 3) { type node { id } } }`);
    expect(data.search[0]).toEqual({ type: 'Organization', node: { id: 'gmmp' } });
  });

  it('finds people as one types the start of a name', async () => {
    const data = await ask(`{ search(query: "zerou", types: [Person]) { node { id } } }`);
    expect(data.search).toEqual([{ node: { id: 'khalid-zerouali' } }]);
  });

  it('searches the quoted passages too', async () => {
    const data = await ask(
      `{ search(query: "laissez-passer consulaires", types: [Evidence]) { node { ... on Evidence { quote } } } }`,
    );
    expect(data.search.length).toBeGreaterThan(0);
    expect(data.search[0].node.quote.toLowerCase()).toContain('laissez-passer consulaires');
  });
});

describe('article search', () => {
  /** The articles whose folded text has every word at the start of a word: the reference. */
  async function articlesWith(words: string[]): Promise<string[]> {
    const rows = await db.read<{ id: string; text: string }>(
      'MATCH (s:Source) RETURN s.id AS id, s.articleText AS text',
    );
    return rows
      .filter((r) => words.every((w) => new RegExp(`(?<![\\p{L}\\p{N}])${w}`, 'u').test(foldText(r.text))))
      .map((r) => r.id)
      .sort();
  }

  it('finds exactly the articles whose text holds every word, blind to accents and case', async () => {
    const data = await ask(
      `{ articleSearch(query: "28 Octobre", first: 50) { score excerpt source { id } } }`,
    );
    const expected = await articlesWith(['28', 'octobre']);
    expect(expected.length).toBeGreaterThan(0);
    expect(data.articleSearch.map((h: any) => h.source.id).sort()).toEqual(expected);
    for (const hit of data.articleSearch) expect(foldText(hit.excerpt)).toContain('28');
  });

  it('matches the start of a word, and finds nothing for words no article holds', async () => {
    const data = await ask(`{ articleSearch(query: "déclar conjoin", first: 50) { source { id } } }`);
    expect(data.articleSearch.map((h: any) => h.source.id).sort()).toEqual(
      await articlesWith(['declar', 'conjoin']),
    );
    const none = await ask(`{ articleSearch(query: "zzyzzyx") { source { id } } }`);
    expect(none.articleSearch).toEqual([]);
  });

  it("lists an article's facts, each of which names the article among its own", async () => {
    const declaration = 'joint-declaration-2024-10-28';
    const of = await ask(
      `{ node(id: "${declaration}") { ... on Entity { mentionedIn(first: 1) { nodes { id } } } } }`,
    );
    const source = of.node.mentionedIn.nodes[0].id;
    const data = await ask(
      `query ($id: ID!) { node(id: $id) { ... on Source { facts(first: 200) { __typename id } } } }`,
      { id: source },
    );
    const facts: { __typename: string; id: string }[] = data.node.facts;
    expect(facts.map((f) => f.id)).toContain(declaration);
    expect(facts.map((f) => f.id)).toEqual(facts.map((f) => f.id).sort());
    expect(facts.filter((f) => f.__typename === 'Source' || f.__typename === 'Evidence')).toEqual([]);
    const back = await ask(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Entity { mentionedIn(first: 100) { nodes { id } } } } }`,
      { ids: facts.slice(0, 20).map((f) => f.id) },
    );
    for (const node of back.nodes) expect(node.mentionedIn.nodes.map((s: any) => s.id)).toContain(source);
    const refused = await api.query(
      `{ node(id: "${source}") { ... on Source { facts(first: 201) { id } } } }`,
    );
    expect(refused.errors?.[0]?.message).toContain('first must be between 0 and 200');
  });
});

describe('graph views', () => {
  it('finds a path between two actors, with every hop supported', async () => {
    const data = await ask(`{
      shortestPaths(from: "samira-sitail", to: "bruno-retailleau") {
        paths { nodeIds length } view { nodes { id type label } edges { source target type properties } }
      }
    }`);
    const [path] = data.shortestPaths.paths;
    expect(path.nodeIds[0]).toBe('samira-sitail');
    expect(path.nodeIds.at(-1)).toBe('bruno-retailleau');
    expect(data.shortestPaths.view.edges).toHaveLength(path.length);
    expect(data.shortestPaths.view.edges.every((e: any) => e.properties.evidence.length > 0)).toBe(true);
  });

  it('returns a node’s neighbourhood with the edges among the nodes, capped', async () => {
    const data = await ask(`{
      neighbourhood(id: "gmmp", depth: 2, limit: 15) { truncated nodes { id type degree } edges { source target } }
    }`);
    const { nodes, edges, truncated } = data.neighbourhood;
    expect(nodes).toHaveLength(15);
    expect(truncated).toBe(true);
    const ids = new Set(nodes.map((n: any) => n.id));
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((e: any) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it('pages through a hub’s neighbours with skip, in id order, without gaps or repeats', async () => {
    const page = async (skip: number) =>
      (
        await ask(
          `{ neighbourhood(id: "france", perNode: 10, limit: 11, skip: ${skip}) { truncated nodes { id } } }`,
        )
      ).neighbourhood;
    const whole = await ask(`{ neighbourhood(id: "france", perNode: 1000, limit: 1000) { nodes { id } } }`);
    const all = whole.neighbourhood.nodes.map((n: any) => n.id).filter((id: string) => id !== 'france');
    expect(all.length).toBeGreaterThan(20);
    const seen: string[] = [];
    for (let skip = 0; skip < all.length; skip += 10) {
      const { nodes, truncated } = await page(skip);
      expect(nodes[0].id).toBe('france');
      seen.push(...nodes.slice(1).map((n: any) => n.id));
      expect(truncated).toBe(skip + 10 < all.length);
    }
    expect(seen).toEqual([...all].sort());
  });

  it('counts a node’s neighbours by relationship and node type, as neighbourhood by type brings them', async () => {
    const data = await ask(`{ neighbourCounts(id: "france") { relationship nodeType count } }`);
    const counts = data.neighbourCounts;
    expect(counts.length).toBeGreaterThan(1);
    const [top] = counts;
    expect(counts.map((c: any) => c.count)).toEqual(
      counts.map((c: any) => c.count).sort((a: number, b: number) => b - a),
    );
    const byType = await ask(
      `query($types: [RelationshipType!]) { neighbourhood(id: "france", types: $types, perNode: 1000, limit: 1000) { nodes { id type } } }`,
      { types: [top.relationship] },
    );
    const neighbours = byType.neighbourhood.nodes.filter((n: any) => n.id !== 'france');
    expect(neighbours.filter((n: any) => n.type === top.nodeType)).toHaveLength(top.count);
    const unknown = await api.query<any>(`{ neighbourCounts(id: "nobody") { count } }`);
    expect(unknown.data?.neighbourCounts).toBeNull();
    expect(unknown.errors?.map((e) => e.extensions?.code)).toEqual(['UNKNOWN_ID']);
  });

  it('returns a subgraph of given ids', async () => {
    const response = await api.query<any>(
      `{ subgraph(ids: ["khalid-zerouali", "gmmp-7th-meeting-2025-06-25", "nobody"]) { nodes { id } edges { type } } }`,
    );
    // The unknown id is left out, with a hint naming it.
    expect(response.errors?.map((e) => e.extensions?.id)).toEqual(['nobody']);
    const data = response.data;
    expect(data.subgraph.nodes.map((n: any) => n.id).sort()).toEqual([
      'gmmp-7th-meeting-2025-06-25',
      'khalid-zerouali',
    ]);
    expect(data.subgraph.edges).toEqual([{ type: 'PARTICIPATED_IN' }]);
  });
});

describe('timeline, nodes and pages', () => {
  it('puts an actor’s events and commitments in date order', async () => {
    const data = await ask(`{
      timeline(actor: "morocco", first: 100) { edges { node { ... on Event { date { earliest } } ... on Commitment { date { earliest } } ... on Instrument { date { earliest } } } } }
    }`);
    const days = data.timeline.edges.map((e: any) => e.node.date?.earliest).filter(Boolean);
    expect(days.length).toBeGreaterThan(3);
    expect([...days].sort()).toEqual(days);
  });

  it('puts the events an organization convened on its timeline: the GMMP’s sessions', async () => {
    const data = await ask(`{
      timeline(actor: "gmmp", first: 100) { totalCount edges { node { __typename ... on Event { id } } } }
      node(id: "gmmp") { ... on Organization { convened(first: 100) { nodes { id } } } }
    }`);
    const convened = data.node.convened.nodes.map((e: any) => e.id);
    expect(convened).toHaveLength(4);
    expect(data.timeline.totalCount).toBe(data.timeline.edges.length);
    const events = data.timeline.edges.filter((e: any) => e.node.__typename === 'Event');
    expect(events.map((e: any) => e.node.id).sort()).toEqual([...convened].sort());
  });

  it('lists the articles that name or quote about a node, latest first, with their passages', async () => {
    const data = await ask(`{
      node(id: "gmmp") { ... on Entity {
        sources { id }
        mentionedIn(first: 100) { totalCount edges { mentions node { id published { earliest } } evidence { quote source { id } } } }
      } }
    }`);
    const { edges, totalCount } = data.node.mentionedIn;
    expect(totalCount).toBe(edges.length);
    const ids = edges.map((e: any) => e.node.id);
    expect(ids).toEqual(expect.arrayContaining(data.node.sources.map((s: any) => s.id)));
    expect(new Set(ids).size).toBe(ids.length);
    const days = edges.map((e: any) => e.node.published?.earliest ?? '');
    expect(days).toEqual([...days].sort().reverse());
    for (const edge of edges) {
      expect(edge.mentions > 0 || edge.evidence.length > 0).toBe(true);
      expect(edge.evidence.every((e: any) => e.source.id === edge.node.id)).toBe(true);
    }
    // An article that names the group but supports none of its facts is listed too.
    expect(edges.some((e: any) => e.mentions > 0 && e.evidence.length === 0)).toBe(true);
  });

  it('counts the articles of a relationship’s passages among a node’s articles', async () => {
    const data = await ask(`{
      node(id: "khalid-zerouali") { ... on Actor {
        events(first: 100) { edges { sources { id } } }
        mentionedIn(first: 100) { nodes { id } }
      } }
    }`);
    const ofParticipations = data.node.events.edges.flatMap((e: any) => e.sources.map((s: any) => s.id));
    expect(ofParticipations.length).toBeGreaterThan(0);
    expect(data.node.mentionedIn.nodes.map((s: any) => s.id)).toEqual(
      expect.arrayContaining(ofParticipations),
    );
  });

  it('pages through a node’s articles without gaps or repeats', async () => {
    const all = (
      await ask(`{ node(id: "france") { ... on Entity { mentionedIn(first: 100) { nodes { id } } } } }`)
    ).node.mentionedIn.nodes;
    expect(all.length).toBeGreaterThan(3);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (
        await ask(
          `query ($after: String) { node(id: "france") { ... on Entity { mentionedIn(first: 2, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } } } }`,
          { after },
        )
      ).node.mentionedIn;
      seen.push(...page.nodes.map((n: any) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.map((n: any) => n.id));
  });

  it('fetches nodes by id, null for unknown ones, with a hint naming each', async () => {
    const response = await api.query<any>(`{ nodes(ids: ["gmmp", "nobody", "france"]) { id __typename } }`);
    expect(response.status).toBe(200);
    expect(response.data?.nodes).toEqual([
      { id: 'gmmp', __typename: 'Organization' },
      null,
      { id: 'france', __typename: 'Country' },
    ]);
    expect(response.errors?.map((e) => [e.extensions?.code, e.extensions?.id])).toEqual([
      ['UNKNOWN_ID', 'nobody'],
    ]);
  });

  it('pages through a list with cursors, without gaps or repeats', async () => {
    // The ids in pages of `size`, however many commitments the corpus gives (pages hold 100 at most).
    const pages = async (size: number) => {
      const ids: string[] = [];
      let totalCount = 0;
      let after: string | null = null;
      do {
        const page: any = (
          await ask(
            `query ($after: String, $size: Int) { commitments(first: $size, after: $after, orderBy: NAME) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`,
            { after, size },
          )
        ).commitments;
        ids.push(...page.nodes.map((n: any) => n.id));
        totalCount = page.totalCount;
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      return { ids, totalCount };
    };
    const all = await pages(100);
    const seen = (await pages(7)).ids;
    expect(seen).toEqual(all.ids);
    expect(seen).toHaveLength(all.totalCount);
  });
});

describe('safety', () => {
  it('rejects a bad cursor as the client’s error, naming it', async () => {
    const response = await api.query(`{ events(after: "nonsense") { nodes { id } } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('has no mutations: the API only reads', async () => {
    const data = await ask(`{ __schema { mutationType { name } } }`);
    expect(data.__schema.mutationType).toBeNull();
  });

  it('answers /health and /ready, saying what they mean', async () => {
    const health = await fetch(`${api.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${api.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('leads from / to the explorer and GraphiQL, and serves GraphiQL with nothing from elsewhere', async () => {
    const landing = await (await fetch(`${api.url}/`)).text();
    expect(landing).toContain('href="/explorer/"');
    expect(landing).toContain('href="/graphql"');
    const graphiql = await (await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(graphiql).toContain('<title>Diplograph</title>');
    expect(graphiql).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/);
  });
});
