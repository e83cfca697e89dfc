import { describe, expect, it } from 'vitest';
import type { GraphData } from '../graph/graph-data.js';
import { segmentPage } from '../text/page.js';
import { buildGazetteer } from './gazetteer.js';
import { linkMentions, mentionRows } from './link-mentions.js';
import { storySentences } from './story.js';

const graph: GraphData = {
  nodes: [
    { label: 'Person', id: 'karim-tazi', props: { name: 'Karim Tazi', aliases: [] } },
    { label: 'Person', id: 'hassan-tazi', props: { name: 'Hassan Tazi', aliases: [] } },
    { label: 'Person', id: 'nadia-berrada', props: { name: 'Nadia Berrada', aliases: [] } },
    { label: 'Post', id: 'director-of-ports', props: { name: 'Directeur des Ports', aliases: [] } },
    {
      label: 'Organization',
      id: 'apd',
      props: { name: 'Agence Portuaire du Détroit', aliases: [], acronym: 'APD' },
    },
    { label: 'Country', id: 'spain', props: { name: 'Espagne', aliases: ['Royaume d’Espagne', 'Royaume'] } },
    { label: 'Place', id: 'algeciras', props: { name: 'Algésiras', aliases: [] } },
    {
      label: 'Instrument',
      id: 'twinning',
      props: { name: 'Accord de jumelage portuaire', aliases: ['accord de jumelage'] },
    },
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
const gazetteer = buildGazetteer(graph);

/** The mentions of a page under a title that names nothing, as "entity: surface (section)". */
function mentionsOf(...lines: string[]) {
  const text = ['Un jumelage pour le Détroit', ...lines].join('\n');
  const mentions = linkMentions(storySentences({ text, regions: segmentPage(text) }), gazetteer);
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  return mentions.map((m) => `${m.entityId}: ${m.surface} (${m.section})`);
}

describe('linkMentions', () => {
  it('links names, aliases and acronyms whatever their case and accents, the longest form first', () => {
    expect(
      mentionsOf(
        'Le port d’ALGESIRAS rejoint l’agence portuaire du detroit.',
        'L’APD et le Royaume d’Espagne ont signé l’Accord de jumelage portuaire, un accord de jumelage attendu à Algesiras.',
      ),
    ).toEqual([
      'algeciras: ALGESIRAS (body)',
      'apd: agence portuaire du detroit (body)',
      'apd: APD (body)',
      'spain: Royaume d’Espagne (body)',
      'twinning: Accord de jumelage portuaire (body)',
      'twinning: accord de jumelage (body)',
      'algeciras: Algesiras (body)',
    ]);
  });

  it('takes a single word for a name only when it has a capital', () => {
    expect(mentionsOf('Le royaume a salué un accord. Le Royaume a salué un accord.')).toEqual([
      'spain: Royaume (body)',
    ]);
  });

  it('links a person by surname, after an honorific and after a title they held', () => {
    expect(
      mentionsOf(
        'Le directeur général des Ports, Karim Tazi, a reçu Mme Berrada à Algésiras.',
        'M. Tazi a rappelé les objectifs, et Berrada les a précisés.',
      ),
    ).toEqual([
      'karim-tazi: directeur général des Ports, Karim Tazi (body)',
      'nadia-berrada: Mme Berrada (body)',
      'algeciras: Algésiras (body)',
      'karim-tazi: M. Tazi (body)',
      'nadia-berrada: Berrada (body)',
    ]);
  });

  it('takes a surname two people share for the one the article names in full, and drops it otherwise', () => {
    expect(mentionsOf('Hassan Tazi a signé. M. Tazi a ensuite quitté Algésiras.')).toEqual([
      'hassan-tazi: Hassan Tazi (body)',
      'hassan-tazi: M. Tazi (body)',
      'algeciras: Algésiras (body)',
    ]);
    expect(mentionsOf('M. Tazi a quitté Algésiras.')).toEqual(['algeciras: Algésiras (body)']);
  });

  it('links in captions and never in noise, bylines or datelines', () => {
    expect(
      mentionsOf(
        'Nadia Berrada',
        'Karim Tazi accueille la délégation à Algésiras © MAP',
        'Les deux ports ont signé un accord de jumelage lors d’une cérémonie à Tanger.',
        'Derniers articles',
        'Hassan Tazi quitte l’APD',
        'Karim Tazi - 12 mars 2025',
      ),
    ).toEqual([
      'karim-tazi: Karim Tazi (caption)',
      'algeciras: Algésiras (caption)',
      'twinning: accord de jumelage (body)',
    ]);
  });
});

describe('mentionRows', () => {
  it('makes a MENTIONS relationship from the source, with an id naming the span', () => {
    const text = 'Karim Tazi est arrivé à Algésiras.';
    const [mention] = linkMentions(storySentences({ text, regions: segmentPage(text) }), gazetteer);
    expect(mention && mentionRows('src-9', [mention])).toEqual([
      {
        type: 'MENTIONS',
        id: 'MENTIONS:src-9@0-10->karim-tazi',
        from: 'src-9',
        to: 'karim-tazi',
        props: {
          id: 'MENTIONS:src-9@0-10->karim-tazi',
          start: 0,
          end: 10,
          surface: 'Karim Tazi',
          section: 'title',
          sentence: 'Karim Tazi est arrivé à Algésiras.',
        },
      },
    ]);
  });
});
