import { fuzzyDate } from '@diplograph/schema';
import { describe, expect, it } from 'vitest';
import { knownSpan } from './holdings.js';
import type { Holding } from './posts.js';

const holding = (fields: Partial<Holding>): Holding => ({
  post: 'p',
  person: 'x',
  title: 't',
  attested: [],
  evidence: [],
  location: { doc: { file: 'f', data: {} as never, lineOf: () => 1 }, path: [] },
  ...fields,
});

describe('the known span of a holding', () => {
  it('runs from the first to the last attested day', () => {
    const span = knownSpan(holding({ attested: [fuzzyDate('2025-06-25'), fuzzyDate('2024-12-03')] }));
    expect(span).toEqual({ from: '2024-12-03', to: '2025-06-25' });
  });

  it('covers a whole month when a source gives only the month', () => {
    expect(knownSpan(holding({ attested: [fuzzyDate('2024-12')] }))).toEqual({
      from: '2024-12-01',
      to: '2024-12-31',
    });
  });

  it('takes stated start and end days as certain only where every reading agrees', () => {
    const span = knownSpan(holding({ start: fuzzyDate('2020'), end: fuzzyDate('2023-06') }));
    expect(span).toEqual({ from: '2020-12-31', to: '2023-06-01' });
  });
});
