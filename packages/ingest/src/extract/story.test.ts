import { describe, expect, it } from 'vitest';
import { segmentPage } from '../text/page.js';
import { storySentences } from './story.js';

describe('storySentences', () => {
  it('splits the title, body and captions into sentences, and leaves out bylines, datelines and noise', () => {
    const text = [
      'Tanger et Algésiras signent un jumelage portuaire',
      'Publié : 5 février 2025 à 09h12 par La rédaction',
      'Les deux ports ont signé mardi un accord de jumelage à Tanger. M. Karim Tazi a salué un pas décisif.',
      'Lire aussi : Nadia Berrada nommée à la tête du port de Safi',
      'Youssef Alami',
    ].join('\n');
    const sentences = storySentences({ text, regions: segmentPage(text) });
    expect(sentences.map((s) => [s.section, s.line, s.text])).toEqual([
      ['title', 1, 'Tanger et Algésiras signent un jumelage portuaire'],
      ['body', 3, 'Les deux ports ont signé mardi un accord de jumelage à Tanger.'],
      ['body', 3, 'M. Karim Tazi a salué un pas décisif.'],
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
