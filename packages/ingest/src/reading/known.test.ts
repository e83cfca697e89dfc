import { describe, expect, it } from 'vitest';
import { curatedOrganization, knownCountriesOf, knownOf } from './known.js';

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

describe('knownCountriesOf', () => {
  const node = (label: 'Person' | 'Post' | 'Organization' | 'Country', id: string, name = id) => ({
    label,
    id,
    props: { name },
  });
  const link = (type: 'OF_COUNTRY' | 'HELD' | 'POST_IN', from: string, to: string) => ({
    type,
    id: `${type}:${from}:${to}`,
    from,
    to,
    props: {},
  });
  const graph = knownOf({
    nodes: [
      node('Country', 'morocco'),
      node('Country', 'france'),
      node('Person', 'jean-dupont', 'Jean Dupont'),
      node('Person', 'paul-martin', 'Paul Martin'),
      node('Person', 'marc-petit', 'Marc Petit'),
      node('Person', 'anne-roux', 'Anne Roux'),
      node('Person', 'luc-blanc', 'Luc Blanc'),
      node('Post', 'prefect-france', 'Préfet'),
      node('Post', 'co-chair', 'Co-président'),
      node('Post', 'wali', 'Wali'),
      node('Organization', 'wilaya-morocco', 'Wilaya'),
      node('Organization', 'joint-group', 'Groupe mixte'),
    ],
    relationships: [
      link('OF_COUNTRY', 'jean-dupont', 'morocco'),
      link('HELD', 'jean-dupont', 'co-chair'),
      link('POST_IN', 'co-chair', 'joint-group'),
      link('OF_COUNTRY', 'joint-group', 'morocco'),
      link('OF_COUNTRY', 'joint-group', 'france'),
      link('HELD', 'paul-martin', 'prefect-france'),
      link('OF_COUNTRY', 'prefect-france', 'france'),
      link('HELD', 'marc-petit', 'wali'),
      link('POST_IN', 'wali', 'wilaya-morocco'),
      link('OF_COUNTRY', 'wilaya-morocco', 'morocco'),
      link('HELD', 'anne-roux', 'co-chair'),
    ],
  });
  const countries = (...names: string[]) => Object.fromEntries(knownCountriesOf(graph, names));

  it("gives a person their own country before their posts' bodies'", () => {
    expect(countries('Jean Dupont')).toEqual({ 'Jean Dupont': 'morocco' });
  });

  it('gives a person the country of a post they held, else that of the body the post is in', () => {
    expect(countries('Paul Martin', 'Marc Petit')).toEqual({
      'Paul Martin': 'france',
      'Marc Petit': 'morocco',
    });
  });

  it('finds the person by another form of their name, as the article writes it', () => {
    expect(countries('Dupont', 'J. Dupont')).toEqual({ Dupont: 'morocco', 'J. Dupont': 'morocco' });
  });

  it('gives no country to a person tied to two, to one tied to none, or to one the graph does not know', () => {
    expect(countries('Anne Roux', 'Luc Blanc', 'Pierre Noir')).toEqual({});
  });
});
