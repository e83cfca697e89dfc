import type { Sample } from './client.js';

/** The q-quantile (0 to 1) of sorted values, nearest rank. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

export interface Latencies {
  requests: number;
  byStatus: Record<string, number>;
  p50: number;
  p99: number;
  max: number;
}

/** Counts by status and latency quantiles (ms) of the answers. */
export function latencies(samples: Sample[]): Latencies {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const byStatus: Record<string, number> = {};
  for (const s of samples) byStatus[String(s.status)] = (byStatus[String(s.status)] ?? 0) + 1;
  return {
    requests: samples.length,
    byStatus,
    p50: Math.round(quantile(sorted, 0.5)),
    p99: Math.round(quantile(sorted, 0.99)),
    max: Math.round(sorted.at(-1) ?? Number.NaN),
  };
}
