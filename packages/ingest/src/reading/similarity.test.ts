import { describe, expect, it } from 'vitest';
import { jaroWinkler, samePersonName } from './similarity.js';

describe('name similarity', () => {
  it('is 1 for one string and high for a spelling variant', () => {
    expect(jaroWinkler('martha', 'martha')).toBe(1);
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
  });

  it('takes spelling variants, an initial and a hyphen for one person', () => {
    expect(samePersonName('Khaled Zeruali', 'Khalid Zerouali')).toBe(true);
    expect(samePersonName('A. Laftit', 'Abdelouafi Laftit')).toBe(true);
    expect(samePersonName('Fernando Grande Marlaska', 'Fernando Grande-Marlaska')).toBe(true);
  });

  it('keeps different people apart', () => {
    expect(samePersonName('Bruno Retailleau', 'Bruno Le Maire')).toBe(false);
    expect(samePersonName('Nasser Bourita', 'Abdelouafi Laftit')).toBe(false);
  });
});
