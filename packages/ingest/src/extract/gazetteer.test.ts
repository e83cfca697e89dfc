import { describe, expect, it } from 'vitest';
import type { GraphData } from '../graph/graph-data.js';
import { buildGazetteer, EMPTY_GRAPH } from './gazetteer.js';

const graph: GraphData = {
  nodes: [
    { label: 'Person', id: 'karim-tazi', props: { name: 'Karim Tazi', aliases: [] } },
    { label: 'Person', id: 'hassan-tazi', props: { name: 'Hassan Tazi', aliases: [] } },
    { label: 'Person', id: 'mohammed-v', props: { name: 'Mohammed V', aliases: [] } },
    { label: 'Post', id: 'director-of-ports', props: { name: 'Directeur des Ports', aliases: [] } },
    {
      label: 'Organization',
      id: 'apd',
      props: { name: 'Agence Portuaire du Détroit', aliases: [], acronym: 'APD' },
    },
    {
      label: 'Theme',
      id: 'maritime-safety',
      props: { name: 'Sécurité maritime', aliases: ['sûreté en mer'] },
    },
    { label: 'Event', id: 'twinning-2025', props: { name: 'Signature du jumelage', date: '2025-02-04' } },
    { label: 'Place', id: 'tanger', props: { name: 'Tanger', aliases: [] } },
    { label: 'Source', id: 'src-1', props: { name: 'Un titre d’article' } },
  ],
  relationships: [
    {
      type: 'HELD',
      id: 'HELD:karim-tazi->director-of-ports',
      from: 'karim-tazi',
      to: 'director-of-ports',
      props: { title: 'directeur général des Ports' },
    },
  ],
};

describe('buildGazetteer', () => {
  const gazetteer = buildGazetteer(graph);
  const forms = (firstWord: string) =>
    (gazetteer.formsByFirstWord.get(firstWord) ?? []).map(
      (f) => `${f.words.join(' ')} => ${f.entityIds.join(',')}`,
    );

  it('indexes names and acronyms of linked labels, and people by surname, honorific and title', () => {
    expect(forms('agence')).toEqual(['agence portuaire du detroit => apd']);
    expect(forms('apd')).toEqual(['apd => apd']);
    expect(forms('tazi')).toEqual(['tazi => hassan-tazi,karim-tazi']);
    expect(forms('m')).toContain('m . tazi => hassan-tazi,karim-tazi');
    expect(forms('directeur')).toEqual(
      expect.arrayContaining([
        'directeur general des ports , karim tazi => karim-tazi',
        'directeur general des ports tazi => karim-tazi',
        'directeur des ports karim tazi => karim-tazi',
      ]),
    );
    expect(forms('directeur')[0]).toBe('directeur general des ports , karim tazi => karim-tazi');
  });

  it('takes no regnal number for a surname, and links no post, theme, event or source', () => {
    expect(gazetteer.formsByFirstWord.has('v')).toBe(false);
    for (const word of ['securite', 'surete', 'signature', 'un'])
      expect(gazetteer.formsByFirstWord.has(word)).toBe(false);
  });

  it('knows every name, alias and title of the graph, the dates of its events and its places', () => {
    expect(gazetteer.knownNames).toEqual(
      new Set([
        'karim tazi',
        'hassan tazi',
        'mohammed v',
        'directeur des ports',
        'agence portuaire du detroit',
        'apd',
        'securite maritime',
        'surete en mer',
        'signature du jumelage',
        'tanger',
      ]),
    );
    expect(gazetteer.eventDates).toEqual(new Set(['2025-02-04']));
    expect(gazetteer.placeIds).toEqual(new Set(['tanger']));
  });

  it('is empty for an empty graph', () => {
    const empty = buildGazetteer(EMPTY_GRAPH);
    expect([empty.formsByFirstWord.size, empty.knownNames.size, empty.eventDates.size]).toEqual([0, 0, 0]);
  });
});
