import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences } from './sentences.js';

const sentences = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  it('splits at final punctuation followed by a capital', () => {
    expect(sentences('La séance a repris. Elle a duré une heure ! Qui présidait ? Le ministre.')).toEqual([
      'La séance a repris.',
      'Elle a duré une heure !',
      'Qui présidait ?',
      'Le ministre.',
    ]);
  });

  it('does not split after titles, reference abbreviations or initials', () => {
    expect(sentences('M. Karim Tazi a reçu Dr. Alami. Selon l’art. 5 du texte, J. Dupont signe.')).toEqual([
      'M. Karim Tazi a reçu Dr. Alami.',
      'Selon l’art. 5 du texte, J. Dupont signe.',
    ]);
  });

  it('keeps "5+5" and decimal numbers whole', () => {
    expect(sentences('Le Dialogue 5+5 réunit dix pays. Le fonds passe de 2.5 à 4,43 millions. Fin.')).toEqual(
      ['Le Dialogue 5+5 réunit dix pays.', 'Le fonds passe de 2.5 à 4,43 millions.', 'Fin.'],
    );
  });

  it('keeps closing quotes with their sentence and does not split before a lowercase word', () => {
    expect(sentences('Il parle d’une « étape décisive. » Puis il part. Les pays, etc. suivront.')).toEqual([
      'Il parle d’une « étape décisive. »',
      'Puis il part.',
      'Les pays, etc. suivront.',
    ]);
  });

  it('ends a sentence at each line break, as titles have no final period', () => {
    expect(sentences('Un accord signé à Rabat\n\n  Les deux parties ont signé.  \n')).toEqual([
      'Un accord signé à Rabat',
      'Les deux parties ont signé.',
    ]);
  });
});

describe('sentenceAt', () => {
  const text = 'La séance a repris. M. Tazi a parlé.';

  it('gives the sentence around an offset', () => {
    const at = sentenceAt(text, text.indexOf('Tazi'));
    expect(at && text.slice(at.start, at.end)).toBe('M. Tazi a parlé.');
  });

  it('gives the space between two sentences to the first', () => {
    expect(sentenceAt(text, text.indexOf(' M.'))).toEqual({ start: 0, end: 19 });
  });

  it('gives null for a text without sentences', () => {
    expect(sentenceAt('  \n ', 1)).toBeNull();
  });
});
