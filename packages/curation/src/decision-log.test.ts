import { appendFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Decision } from '@diplograph/schema';
import { describe, expect, it } from 'vitest';
import { DecisionLog } from './decision-log.js';
import { passageDigest } from './passage.js';

const passages = [{ source: 'src-101', start: 10, end: 42 }];
const decided = (id: string, at: string): Decision => ({
  id,
  at,
  curator: 'amina',
  kind: 'reject',
  fact: 'commitment-src-101-10',
  field: null,
  before: null,
  after: null,
  reason: 'not a promise',
  passages,
  digest: passageDigest(passages.map((p) => ({ ...p, quote: 'words' }))),
  previous: null,
});

describe('the decisions log', () => {
  it('gives back what was appended, in the order decided, once per decision', async () => {
    const log = new DecisionLog(join(await mkdtemp(join(tmpdir(), 'log-')), 'decisions.jsonl'));
    await log.append(decided('b', '2026-12-02T10:00:01.000Z'));
    await log.append(decided('a', '2026-12-02T10:00:00.000Z'));
    await log.append(decided('b', '2026-12-02T10:00:01.000Z'));
    const read = await log.read();
    expect(read.decisions.map((d) => d.id)).toEqual(['a', 'b']);
    expect(read.problems).toEqual([]);
  });

  it('names the lines it cannot read instead of skipping them', async () => {
    const log = new DecisionLog(join(await mkdtemp(join(tmpdir(), 'log-')), 'decisions.jsonl'));
    await log.append(decided('a', '2026-12-02T10:00:00.000Z'));
    await appendFile(log.file, '{"id": "cut sh');
    expect((await log.read()).problems).toEqual([{ line: 2, message: 'not JSON (a line cut short?)' }]);
  });

  it('is empty before the first decision', async () => {
    const log = new DecisionLog(join(tmpdir(), 'no-such-folder', 'decisions.jsonl'));
    expect(await log.read()).toEqual({ decisions: [], problems: [] });
  });
});

describe('the passage digest', () => {
  it('changes with the words, not with the order passages are listed in', () => {
    const a = { source: 's', start: 0, end: 5, quote: 'hello' };
    const b = { source: 's', start: 9, end: 14, quote: 'world' };
    expect(passageDigest([a, b])).toBe(passageDigest([b, a]));
    expect(passageDigest([a, b])).not.toBe(passageDigest([a, { ...b, quote: 'word!' }]));
  });
});
