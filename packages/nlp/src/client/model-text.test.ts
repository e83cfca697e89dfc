import { describe, expect, it } from 'vitest';
import { modelText } from './model-text.js';

describe('modelText', () => {
  it('straightens apostrophes between letters and makes doubled single quotes guillemets, keeping every offset', () => {
    const text = 'l’accord d’Alger, ‘’plein succès’’ et l’État';
    const straight = modelText(text);
    expect(straight).toBe("l'accord d'Alger, « plein succès » et l'État");
    expect(straight.length).toBe(text.length);
  });
});
