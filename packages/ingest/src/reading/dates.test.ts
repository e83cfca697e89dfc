import { parseFuzzyDate } from '@diplograph/schema';
import { describe, expect, it } from 'vitest';
import { segmentPage } from '../text/page.js';
import { readDates } from './dates.js';

const fuzzy = (text: string) => {
  const date = parseFuzzyDate(text);
  if (typeof date === 'string') throw new Error(date);
  return date;
};
const read = (text: string, published: string, language: 'fr' | 'en' | 'es') =>
  readDates(text, [], fuzzy(published), language).map((m) => `${m.text} => ${m.date.text}`);
/** The dates of a page: its title, then one paragraph. */
const readPage = (paragraph: string, published: string, language: 'fr' | 'en' | 'es') => {
  const text = `A headline\n\n${paragraph}\n`;
  return readDates(text, segmentPage(text), fuzzy(published), language).map(
    (m) => `${m.text} => ${m.date.text}`,
  );
};

describe('readDates', () => {
  it('leaves out the dateline, which dates the dispatch', () => {
    // 2026-03-05 is a Thursday.
    expect(readPage('PARIS, March 5 - The two ministers met on Wednesday.', '2026-03-05', 'en')).toEqual([
      'Wednesday => 2026-03-04',
    ]);
    expect(
      readPage('RABAT, 5 mars (Agence) - Les deux ministres se sont réunis hier.', '2026-03-05', 'fr'),
    ).toEqual(['hier => 2026-03-04']);
    // A place that is not in capitals is a sentence, and its date is a date.
    expect(readPage('Paris, le 5 mars - les ministres ont signé.', '2026-03-05', 'fr')).toEqual([
      '5 mars => 2026-03-05',
    ]);
  });

  it('keeps a named year but not a weekday when only the month of publication is known', () => {
    expect(read('Reçu mardi, il reviendra l’an prochain.', '2026-03', 'fr')).toEqual([
      'mardi => 2026-03',
      'l’an prochain => 2027',
    ]);
  });
});
