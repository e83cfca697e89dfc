import { fuzzyDate } from '@diplograph/schema';
import { describe, expect, it } from 'vitest';
import { segmentPage } from '../../text/page.js';
import { extractDates } from '../dates.js';
import { storySentences } from '../story.js';
import { findMeetings } from './meetings.js';
import { findLocations } from './places.js';

/** The meetings of a page published on 5 February 2025, as "kind date place". */
function meetings(...lines: string[]) {
  const text = ['Le port de Tanger signe avec Algésiras', ...lines].join('\n');
  const article = { text, regions: segmentPage(text) };
  const dates = extractDates(article, fuzzyDate('2025-02-05'));
  const facts = storySentences(article).map((sentence) => ({
    sentence,
    places: findLocations(sentence),
    dates: dates.filter((d) => d.start >= sentence.start && d.start < sentence.end),
  }));
  return findMeetings(facts).map((m) => `${m.kind} ${m.date.date.text} ${m.place.name}`);
}

describe('findMeetings', () => {
  it('finds a meeting word with a date and a place, taking the date and place after the word first', () => {
    expect(
      meetings(
        'La réunion tenue le 3 février 2025 à Tanger a suivi la visite d’État du 12 janvier à Madrid.',
        'Une session est prévue à Algésiras au deuxième trimestre 2025.',
        'Le ministre a reçu lundi à Rabat les représentants du port.',
      ),
    ).toEqual([
      'bilateral-meeting 2025-02-03 Tanger',
      'group-session 2025-Q2 Algésiras',
      'bilateral-meeting 2025-02-03 Rabat',
    ]);
  });

  it('borrows the date and place of the sentence before, in the same paragraph only', () => {
    expect(
      meetings(
        'Le ministre est arrivé mardi à Tanger. Son entretien avec le maire a duré deux heures.',
        'La rencontre a été jugée utile.',
      ),
    ).toEqual(['bilateral-meeting 2025-02-04 Tanger']);
  });

  it('needs both a date and a place', () => {
    expect(
      meetings('La réunion s’est tenue à Tanger.', 'La conférence du 3 février 2025 a réuni 200 personnes.'),
    ).toEqual([]);
  });
});
