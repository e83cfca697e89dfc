import { foldKeepingOffsets } from '@diplograph/schema';
import { describe, expect, it } from 'vitest';
import { applyRules } from './date-rules.js';
import { FOREIGN_DATE_RULES } from './foreign-date-rules.js';

/** Published on Thursday 24 September 2026. */
const reference = new Date('2026-09-24T12:00:00Z');
const read = (language: 'en' | 'es', text: string) =>
  applyRules(FOREIGN_DATE_RULES[language], foldKeepingOffsets(text).toLowerCase(), reference, []).map(
    (d) => `${text.slice(d.start, d.end)} => ${d.date.text}`,
  );

describe('FOREIGN_DATE_RULES', () => {
  it('reads English day ranges, quarters, and weeks and years counted from the reference', () => {
    expect(
      read(
        'en',
        'Talks on 3-4 March 2026 and on September 10 and 11 led to a visit last week; a review comes in the first quarter of 2027 and a summit next year.',
      ),
    ).toEqual([
      '3-4 March 2026 => 2026-03-03/2026-03-04',
      'September 10 and 11 => 2026-09-10/2026-09-11',
      'first quarter of 2027 => 2027-Q1',
      'last week => 2026-09-14/2026-09-20',
      'next year => 2027',
    ]);
  });

  it('reads Spanish day ranges, quarters, and weeks and years counted from the reference', () => {
    expect(
      read(
        'es',
        'Se reunieron los días 8 y 9 de septiembre, volvieron a verse esta semana y firmarán el próximo año, antes del primer trimestre de 2028.',
      ),
    ).toEqual([
      'los días 8 y 9 de septiembre => 2026-09-08/2026-09-09',
      'primer trimestre de 2028 => 2028-Q1',
      'esta semana => 2026-09-21/2026-09-27',
      'el próximo año => 2027',
    ]);
  });
});
