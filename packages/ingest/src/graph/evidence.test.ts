import { describe, expect, it } from 'vitest';
import { locateQuote } from './evidence.js';

const text =
  'La délégation, dirigée par Mme Amina Lahlou, a rencontré M. Paul Durand. Mme Amina Lahlou a conclu.';

describe('locating a quote', () => {
  it('gives the offsets of a quote found once', () => {
    const start = text.indexOf('M. Paul Durand');
    expect(locateQuote(text, 'M. Paul Durand')).toEqual({ start, end: start + 14 });
  });

  it('asks which occurrence is meant when the words appear twice, and takes the one named', () => {
    expect(locateQuote(text, 'Mme Amina Lahlou')).toBe(
      'quote occurs 2 times: "Mme Amina Lahlou"; say which with {quote, occurrence}',
    );
    const second = text.lastIndexOf('Mme Amina Lahlou');
    expect(locateQuote(text, 'Mme Amina Lahlou', 2)).toEqual({ start: second, end: second + 16 });
    expect(locateQuote(text, 'Mme Amina Lahlou', 3)).toBe(
      'quote occurs only 2 time(s), not 3: "Mme Amina Lahlou"',
    );
  });

  it('says when only the apostrophes or the capitals differ', () => {
    expect(locateQuote('l’Ambassade du Royaume', "l'Ambassade")).toMatch(/apostrophes/);
    expect(locateQuote('la Délégation', 'la délégation')).toMatch(/other capitals/);
  });
});
