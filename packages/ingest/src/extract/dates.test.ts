import { fuzzyDate } from '@diplograph/schema';
import { describe, expect, it } from 'vitest';
import { segmentPage } from '../text/page.js';
import { extractDates } from './dates.js';

const text = [
  'Le port de Tanger signe avec Algésiras',
  'Les ministres ont signé mardi un accord, après la réunion du 3 octobre dernier et celle de mai 2018.',
  'Lire aussi : Tanger Med bat un record le 12 mars 2025',
].join('\n');
const dates = (published: string | null) =>
  extractDates({ text, regions: segmentPage(text) }, published === null ? null : fuzzyDate(published)).map(
    (d) => `${d.text} => ${d.date.text}`,
  );

describe('extractDates', () => {
  it('resolves relative dates against the day of publication, and skips noise', () => {
    expect(dates('2025-02-05')).toEqual([
      'mardi => 2025-02-04',
      '3 octobre dernier => 2024-10-03',
      'mai 2018 => 2018-05',
    ]);
  });

  it('drops relative dates when the publication is known to the month or not at all', () => {
    expect(dates('2025-02')).toEqual(['mai 2018 => 2018-05']);
    expect(dates(null)).toEqual(['mai 2018 => 2018-05']);
  });
});
