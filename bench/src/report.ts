import { QUESTIONS } from './queries/index.js';
import type { ScaleResult } from './scale-run.js';
import { SYSTEM_TITLES, SYSTEMS } from './systems.js';

const ms = (n: number | null) => (n !== null && Number.isFinite(n) ? n.toFixed(1) : '–');
const x = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : '–');
const s = (millis: number | null) => (millis === null ? '–' : (millis / 1000).toFixed(1));
const k = (n: number) => Math.round(n).toLocaleString('en-US');

export function scaleLabel(nodes: number): string {
  return nodes >= 1_000_000 ? `${nodes / 1_000_000}M` : nodes >= 1000 ? `${nodes / 1000}k` : String(nodes);
}

function run(result: ScaleResult, question: string, system: string, connections: number) {
  return result.runs.find(
    (r) => r.question === question && r.system === system && r.connections === connections,
  );
}

function ingestTable(results: ScaleResult[]): string[] {
  const lines = [
    '| scale | nodes | relationships | read s | compile s | write s (staging / publishing and counts) | write rows/s | end-to-end rows/s | Neo4j heap / page cache / tx memory | load |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const i = r.ingest;
    const p = i.phases;
    lines.push(
      `| ${scaleLabel(r.scale)} | ${k(i.nodes)} | ${k(i.relationships)} | ${s(i.readMs)} | ${s(i.compileMs)} | ${s(i.writeMs)} (${s(p.stagingMs)} / ${s(p.publishMs)}) | ${k(i.writeRate)} | ${k(i.overallRate)} | ${r.memory.heap} / ${r.memory.pageCache} / ${r.memory.txMemory} | ${i.load.toFixed(2)} |`,
    );
  }
  return lines;
}

/** Ingests over the loaded graph: unchanged, then a hundredth of its rows changed, then reverted. */
function reingestTable(results: ScaleResult[]): string[] {
  const lines = [
    '| scale | unchanged: read / compile / write s | unchanged total s | rows changed | changed write s | reverted write s | relationships removed |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const again = r.ingest.reingest;
    if (!again) continue;
    const { unchanged: u, changed, reverted } = again;
    lines.push(
      `| ${scaleLabel(r.scale)} | ${s(u.readMs)} / ${s(u.compileMs)} / ${s(u.writeMs)} | ${s(u.readMs + u.compileMs + u.writeMs)} | ${k(changed.rows)} | ${s(changed.writeMs)} | ${s(reverted.writeMs)} | ${k(changed.removedRelationships)} |`,
    );
  }
  return lines.length > 2 ? ['', ...lines] : [];
}

function latencyTable(r: ScaleResult): string[] {
  const head = SYSTEMS.map((sys) => `${SYSTEM_TITLES[sys]} p50 / p95 / p99 ms, req/s`).join(' | ');
  const lines = [
    `| question | clients | ${head} | a/c p50 | a/b p50 | API peak MiB | load |`,
    `|---|---|${SYSTEMS.map(() => '---').join('|')}|---|---|---|---|`,
  ];
  for (const q of QUESTIONS) {
    const connections = [...new Set(r.runs.filter((x) => x.question === q.name).map((x) => x.connections))];
    for (const c of connections) {
      const cells = SYSTEMS.map((sys) => {
        const f = run(r, q.name, sys, c);
        if (!f) return '–';
        if (f.requests === 0) return `none answered within the measured window`;
        if (f.errors > 0)
          return `${f.errors} errors; ${ms(f.p50)} / ${ms(f.p95)} / ${ms(f.p99)}, ${k(f.throughput)}`;
        return `${ms(f.p50)} / ${ms(f.p95)} / ${ms(f.p99)}, ${k(f.throughput)}`;
      });
      const a = run(r, q.name, 'api', c);
      const b = run(r, q.name, 'neo4jGraphql', c);
      const cy = run(r, q.name, 'cypher', c);
      const loads = SYSTEMS.map((sys) => run(r, q.name, sys, c)?.load).filter(
        (l): l is number => typeof l === 'number',
      );
      lines.push(
        `| ${q.title} | ${c} | ${cells.join(' | ')} | ${x((a?.p50 ?? Number.NaN) / (cy?.p50 ?? Number.NaN))} | ${x((a?.p50 ?? Number.NaN) / (b?.p50 ?? Number.NaN))} | ${a?.peakRssMiB?.toFixed(0) ?? '–'} | ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} |`,
      );
    }
  }
  return lines;
}

function growthTable(results: ScaleResult[]): string[] {
  const first = results[0];
  const last = results.at(-1);
  if (!first || !last || first === last) return [];
  const lines = [
    `p50 at 1 client, ms, by scale; the last column is ${scaleLabel(last.scale)} over ${scaleLabel(first.scale)}.`,
    '',
    `| question | system | ${results.map((r) => scaleLabel(r.scale)).join(' | ')} | growth |`,
    `|---|---|${results.map(() => '---').join('|')}|---|`,
  ];
  for (const q of QUESTIONS) {
    for (const sys of SYSTEMS) {
      const p50s = results.map((r) => run(r, q.name, sys, 1)?.p50 ?? Number.NaN);
      lines.push(
        `| ${q.title} | ${SYSTEM_TITLES[sys]} | ${p50s.map(ms).join(' | ')} | ${x((p50s.at(-1) ?? Number.NaN) / (p50s[0] ?? Number.NaN))} |`,
      );
    }
  }
  return lines;
}

/** One request per question in process (no HTTP), each statement timed and profiled, next to the floor. */
function traceTable(r: ScaleResult): string[] {
  const lines = [
    '| question | API statements | API request ms | of which statements ms | rest (GraphQL, loaders, driver) ms | API db hits | floor ms | floor db hits | slowest API statement |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const t of r.traces) {
    const inStatements = t.statements.reduce((n, st) => n + st.ms, 0);
    const hits = t.statements.reduce((n, st) => n + st.dbHits, 0);
    const slowest = [...t.statements].sort((a, b) => b.ms - a.ms)[0];
    lines.push(
      `| ${t.question} | ${t.statements.length} | ${ms(t.totalMs)} | ${ms(inStatements)} | ${ms(t.totalMs - inStatements)} | ${k(hits)} | ${ms(t.floor.ms)} | ${k(t.floor.dbHits)} | ${slowest ? `${ms(slowest.ms)} ms, ${k(slowest.dbHits)} hits: \`${slowest.cypher.replace(/\|/g, '\\|')}\`` : '–'} |`,
    );
  }
  return lines;
}

/** The targets of the issue, each stated as met or missed from the figures. */
function targets(results: ScaleResult[]): string[] {
  const rows: string[] = [];
  let cells = 0;
  let missed = 0;
  for (const r of results) {
    for (const q of QUESTIONS) {
      const parts: string[] = [];
      for (const f of r.runs.filter((x) => x.system === 'api' && x.question === q.name)) {
        cells++;
        const c = run(r, f.question, 'cypher', f.connections);
        const b = run(r, f.question, 'neo4jGraphql', f.connections);
        const toFloor = (f.p50 ?? Number.NaN) / (c?.p50 ?? Number.NaN);
        const toB = (f.p50 ?? Number.NaN) / (b?.p50 ?? Number.NaN);
        const bad = f.requests === 0 || f.errors > 0 || !(toFloor <= 1.3) || !(toB <= 1);
        if (bad) missed++;
        const what =
          f.requests === 0
            ? 'no answer in the window'
            : f.errors > 0
              ? `${f.errors} errors`
              : `${x(toFloor)} the floor, ${x(toB)} (b)`;
        parts.push(`c=${f.connections}: ${what}${bad ? '' : ' ✓'}`);
      }
      if (parts.length) rows.push(`  - ${scaleLabel(r.scale)} ${q.title}: ${parts.join('; ')}`);
    }
  }
  const lines = [
    `- p50 within 1.3× of raw Cypher and no slower than @neo4j/graphql: **${missed ? 'missed' : 'met'}** in ${missed} of ${cells} cells (scale × question × clients; ✓ marks a cell that meets both):`,
    ...rows,
  ];
  const slow = results.filter((r) => r.ingest.writeRate < 20_000);
  lines.push(
    `- ingest ≥ 20,000 rows/s through the real path: **${slow.length || !results.length ? 'missed' : 'met'}** (${results.map((r) => `${scaleLabel(r.scale)}: write ${k(r.ingest.writeRate)}, end to end ${k(r.ingest.overallRate)}`).join('; ') || 'no scale ingested'})`,
  );
  const reingested = results.filter((r) => r.ingest.reingest);
  const reingestMs = (r: ScaleResult) => {
    const u = r.ingest.reingest?.unchanged;
    return u ? u.readMs + u.compileMs + u.writeMs : Number.NaN;
  };
  const largest = reingested.at(-1);
  lines.push(
    `- unchanged re-ingest of the largest scale within 2 minutes: **${largest && largest.scale >= 1_000_000 && reingestMs(largest) <= 120_000 ? 'met' : 'missed'}** (${reingested.map((r) => `${scaleLabel(r.scale)}: ${s(reingestMs(r))} s`).join('; ') || 'not measured'})`,
  );
  const first = results[0];
  const last = results.at(-1);
  if (first && last && first !== last) {
    const grown = QUESTIONS.map((q) => ({
      q,
      g: (run(last, q.name, 'api', 1)?.p50 ?? Number.NaN) / (run(first, q.name, 'api', 1)?.p50 ?? Number.NaN),
    }));
    // No answer within the window at the larger scale is growth beyond any ratio.
    const over = grown.filter(({ g }) => !(g <= 2));
    lines.push(
      `- API p50 at ${scaleLabel(last.scale)} ≤ 2× at ${scaleLabel(first.scale)} (1 client): **${over.length ? 'missed' : 'met'}** (${grown.map(({ q, g }) => `${q.name} ${Number.isFinite(g) ? x(g) : 'no answer at the larger scale'}`).join(', ')})`,
    );
  }
  return lines;
}

/** The results section of BENCHMARKS.md. */
export function renderResults(results: ScaleResult[], meta: string[]): string {
  const out: string[] = [
    ...meta,
    '',
    '### Targets (computed from the figures below)',
    '',
    ...targets(results),
    '',
    '### Ingest',
    '',
    ...ingestTable(results),
    ...reingestTable(results),
    '',
  ];
  for (const r of results) {
    out.push(
      `### Queries at ${scaleLabel(r.scale)} nodes`,
      '',
      `Measured ${r.startedAt ?? '?'}Z at commit ${r.commit ?? '?'}.${r.note ? ` ${r.note}` : ''}`,
      '',
    );
    out.push(
      `Idle RSS MiB: ${SYSTEMS.map((sys) => `${SYSTEM_TITLES[sys]} ${r.idleRssMiB[sys]?.toFixed(0) ?? '–'}`).join(', ')}. Answers checked equal before timing: ${r.agreements.map((a) => `${a.question} ${a.argSets} argument sets (${a.items ?? '?'} items)`).join(', ')}.`,
      '',
    );
    out.push(...latencyTable(r), '');
    const peaks = SYSTEMS.map(
      (sys) =>
        `${SYSTEM_TITLES[sys]} ${Math.max(...r.runs.filter((f) => f.system === sys).map((f) => f.peakRssMiB)).toFixed(0)}`,
    );
    out.push(`Peak RSS of each server process under load, MiB: ${peaks.join(', ')}.`, '');
  }
  for (const r of results.filter((x) => x.traces.length)) {
    out.push(`### Where our API's time goes at ${scaleLabel(r.scale)} nodes`, '', ...traceTable(r), '');
  }
  const growth = growthTable(results);
  if (growth.length) out.push('### Growth with the graph', '', ...growth, '');
  return out.join('\n');
}
