import { describe, expect, it } from 'vitest';
import { findOrganizations, organizationKindOf } from './organizations.js';
import { sentence } from './sentence.fixture.js';

const names = (text: string) => findOrganizations(sentence(text)).map((o) => o.name);

describe('findOrganizations', () => {
  it('finds a head word followed by the capitalized words of a name', () => {
    expect(
      names(
        'L’Observatoire Régional des Ports et l’Agence du Détroit ont rencontré le Comité 5+5 sur la Pêche et le Littoral.',
      ),
    ).toEqual([
      'Observatoire Régional des Ports',
      'Agence du Détroit',
      'Comité 5+5 sur la Pêche et le Littoral',
    ]);
  });

  it('takes a ministry written without a capital, with one adjective before its portfolio', () => {
    expect(
      names('Il dirige un service du ministère espagnol de l’Équipement depuis le ministère de la Mer.'),
    ).toEqual(['ministère espagnol de l’Équipement', 'ministère de la Mer']);
  });

  it('leaves out a head word without a name, plurals and other capitalized words', () => {
    expect(
      names(
        'Le Groupe a rencontré les ministères de l’Équipement et la Direction générale, puis Karim Tazi.',
      ),
    ).toEqual([]);
  });
});

describe('organizationKindOf', () => {
  it('guesses the kind from the first word, after an elision', () => {
    expect(organizationKindOf('Ministère de la Mer')).toBe('ministry');
    expect(organizationKindOf("l'Agence du Détroit")).toBe('international-organization');
    expect(organizationKindOf('Karim Tazi')).toBeUndefined();
  });
});
