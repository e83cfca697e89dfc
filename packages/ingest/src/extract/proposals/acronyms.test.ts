import { describe, expect, it } from 'vitest';
import { findAcronymDefinitions } from './acronyms.js';
import { sentence } from './sentence.fixture.js';

const definitions = (text: string) =>
  findAcronymDefinitions(sentence(text)).map((d) => [
    d.acronym,
    d.longForm,
    text.slice(d.definitionStart, d.definitionEnd),
  ]);

describe('findAcronymDefinitions', () => {
  it('finds "long form (ACRONYM)", skipping the words before the long form', () => {
    expect(
      definitions(
        'Les travaux du Comité Technique Mixte des Ports (CTMP) portent sur les zones d’activités économiques (ZAE).',
      ),
    ).toEqual([
      ['CTMP', 'Comité Technique Mixte des Ports', 'Comité Technique Mixte des Ports (CTMP)'],
      ['ZAE', 'zones d’activités économiques', 'zones d’activités économiques (ZAE)'],
    ]);
  });

  it('finds "ACRONYM (long form)", with letters inside words and function words skipped', () => {
    expect(
      definitions(
        "L'OIPM (Organisation internationale pour les migrations portuaires) a publié son rapport.",
      ),
    ).toEqual([
      [
        'OIPM',
        'Organisation internationale pour les migrations portuaires',
        'OIPM (Organisation internationale pour les migrations portuaires)',
      ],
    ]);
  });

  it('matches accented letters, and ignores parentheses that define nothing', () => {
    expect(
      definitions(
        'L’Établissement Portuaire Régional (EPR) dessert trois villes (Tanger, Tétouan, Larache) en 2025 (sous réserve).',
      ),
    ).toEqual([['EPR', 'Établissement Portuaire Régional', 'Établissement Portuaire Régional (EPR)']]);
  });

  it('gives offsets of the long form in the article', () => {
    const [definition] = findAcronymDefinitions(sentence('Le Comité Technique (CT) se réunit.', 50));
    expect([definition?.start, definition?.end, definition?.definitionEnd]).toEqual([53, 69, 74]);
  });
});
