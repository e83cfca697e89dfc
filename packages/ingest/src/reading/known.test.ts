import { describe, expect, it } from 'vitest';
import { curatedOrganization, knownOf } from './known.js';

const ministry = (id: string, name: string) => ({ label: 'Organization' as const, id, props: { name } });

const known = knownOf({
  nodes: [
    ministry('interior-morocco', 'Ministère de l’Intérieur du Maroc'),
    ministry('interior-france', 'Ministère de l’Intérieur de la France'),
  ],
  relationships: [],
});

describe('curatedOrganization', () => {
  it('gives a ministry named by its portfolio alone to the country named beside it', () => {
    const context = { qualifiers: ['france'], articleCountries: ['france', 'morocco'] };
    expect(curatedOrganization(known, 'ministère de l’Intérieur', null, context)).toBe('interior-france');
  });

  it('gives it to the host country when no country is named beside it', () => {
    const context = { qualifiers: [], articleCountries: ['spain', 'morocco'] };
    expect(curatedOrganization(known, 'ministère de l’Intérieur', null, context)).toBe('interior-morocco');
  });
});
