import type { GraphView } from '../src/types.js';

const TYPES = ['Person', 'Organization', 'Country', 'Event', 'Commitment', 'Instrument', 'Place', 'Theme'];
const DATED = new Set(['Event', 'Commitment', 'Instrument']);

/** A small seeded generator, so that every run draws the same graph. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A GraphView shaped like the API's, with `nodes` nodes and about `edgesPerNode` × `nodes`
 * relationships. Each node links to earlier ones picked in proportion to their degree, which
 * grows hubs as real networks of actors and meetings have.
 */
export function syntheticGraph(nodes: number, edgesPerNode = 2, seed = 42): GraphView {
  const next = random(seed);
  const degree = new Array<number>(nodes).fill(0);
  const ends: number[] = [];
  const edges: GraphView['edges'] = [];
  for (let i = 1; i < nodes; i++) {
    const targets = new Set<number>();
    while (targets.size < Math.min(edgesPerNode, i)) {
      targets.add(
        ends.length && next() < 0.8
          ? (ends[Math.floor(next() * ends.length)] as number)
          : Math.floor(next() * i),
      );
    }
    for (const j of targets) {
      edges.push({
        id: `e${edges.length}`,
        type: 'LINKED_TO',
        source: `n${i}`,
        target: `n${j}`,
        properties: {},
      });
      ends.push(i, j);
      degree[i] = (degree[i] ?? 0) + 1;
      degree[j] = (degree[j] ?? 0) + 1;
    }
  }
  return {
    nodes: degree.map((d, i) => {
      const type = TYPES[i % TYPES.length] as string;
      const day = `20${String(10 + (i % 15)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`;
      return {
        id: `n${i}`,
        type,
        label: `${type} ${i}`,
        degree: d,
        properties: DATED.has(type)
          ? { date: { text: day, precision: 'day', earliest: day, latest: day } }
          : {},
      };
    }),
    edges,
    truncated: false,
  };
}
