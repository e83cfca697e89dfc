import type { RowDigests } from './digests.js';
import type { WritePhase } from './write-failure.js';

/** What one write is: its digests, batch size, deadline and progress callback. */
export interface WriteRun {
  /** The whole graph's digest, recorded by the transaction that commits it. */
  digest: string;
  digests: RowDigests;
  batchSize: number;
  /** When the write must be over, in epoch milliseconds. */
  deadline: number;
  onProgress?: (written: number, total: number) => void;
  /** What the write is doing besides writing: waiting for another run, cleaning up after one. */
  onNotice?: (message: string) => void;
  /** How far it has gone, for saying what a failure left. */
  progress: WritePhase;
}
