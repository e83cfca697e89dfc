import { describe, expect, it } from 'vitest';
import { foldKeepingOffsets, foldText } from './fold.js';

describe('foldText', () => {
  it('lowercases and strips accents', () => {
    expect(foldText('Délégation Générale à Fès')).toBe('delegation generale a fes');
  });

  it('unifies apostrophes and dashes', () => {
    expect(foldText('l’Intérieur ʼ l‘axe — Rabat–Paris')).toBe("l'interieur ' l'axe - rabat-paris");
  });

  it('expands ligatures and collapses whitespace', () => {
    expect(foldText('  Le  cœur\u00A0de\tl’Œuvre \n ')).toBe("le coeur de l'oeuvre");
  });
});

describe('foldKeepingOffsets', () => {
  it('keeps the length, so offsets found in the fold are offsets in the text', () => {
    const text = 'À l’Élysée,\u202Fle cœur — Çà';
    const folded = foldKeepingOffsets(text);
    expect(folded).toBe("a l'elysee, le cœur - ca");
    expect(folded).toHaveLength(text.length);
    const at = folded.indexOf('elysee');
    expect(text.slice(at, at + 6)).toBe('Élysée');
  });

  it('keeps line breaks so that a match cannot run across lines', () => {
    expect(foldKeepingOffsets('Mai\r\n2018')).toBe('mai\r\n2018');
  });

  it('leaves characters outside the basic plane as they are', () => {
    expect(foldKeepingOffsets('Fès 🇲🇦')).toBe('fes 🇲🇦');
  });
});
