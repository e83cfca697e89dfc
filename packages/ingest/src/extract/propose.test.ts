import { fuzzyDate } from '@diplograph/schema';
import { describe, expect, it } from 'vitest';
import type { GraphData } from '../graph/graph-data.js';
import { segmentPage } from '../text/page.js';
import { extractArticle } from './extract.js';
import { buildGazetteer } from './gazetteer.js';
import { combineProposals } from './propose.js';
import type { Proposal } from './review-file.js';

const ARTICLE = [
  'Tanger et Algésiras renforcent leur coopération portuaire',
  'Publié : 5 février 2025 à 09h12 par La rédaction',
  'Le directeur général des Ports, Karim Tazi, a reçu mardi à Tanger son homologue espagnol, Lucia Ortega, directrice de l’Agence Portuaire d’Algésiras (APA).',
  'La réunion s’est tenue à la Maison du Port en présence de M. Youssef Alami, secrétaire général au ministère de la Mer.',
  'Les deux parties ont évoqué les zones d’activités logistiques (ZAL) et prévu une session à Algésiras au deuxième trimestre 2025.',
  'Derniers articles',
  'Culture : le ministre de la Culture, Samir Bennis, inaugure un musée à Fès',
].join('\n');

const known: GraphData = {
  nodes: [
    { label: 'Person', id: 'karim-tazi', props: { name: 'Karim Tazi', aliases: [] } },
    { label: 'Place', id: 'tanger', props: { name: 'Tanger', aliases: [] } },
  ],
  relationships: [],
};

/** Each proposal as its id and the fields that say what it is, with its quote. */
const summary = (p: Proposal) => {
  const { id, decision, kind, evidence, ...fields } = p;
  return { id, ...fields, quote: evidence.map((e) => e.quote).join(' | ') };
};

describe('proposeFromArticle', () => {
  const source = { id: 'src-010', file: '010.txt', text: ARTICLE, published: fuzzyDate('2025-02-05') };
  const { proposals, mentions } = extractArticle(
    { text: ARTICLE, regions: segmentPage(ARTICLE) },
    source,
    buildGazetteer(known),
  );

  it('proposes the people, bodies, acronyms, places and meetings the graph does not know', () => {
    expect(mentions.map((m) => m.surface)).toEqual(['Tanger', 'Karim Tazi', 'Tanger']);
    expect(proposals.map(summary)).toEqual([
      {
        id: 'person:lucia-ortega',
        name: 'Lucia Ortega',
        title: 'homologue espagnol',
        organization: null,
        quote: 'homologue espagnol, Lucia Ortega',
      },
      {
        id: 'organization:agence-portuaire-d-algesiras',
        name: 'Agence Portuaire d’Algésiras',
        acronym: 'APA',
        organizationKind: 'international-organization',
        quote: 'Agence Portuaire d’Algésiras (APA)',
      },
      {
        id: 'person:youssef-alami',
        name: 'Youssef Alami',
        title: 'secrétaire général',
        organization: 'ministère de la Mer',
        quote: 'Youssef Alami, secrétaire général au ministère de la Mer',
      },
      {
        id: 'organization:ministere-de-la-mer',
        name: 'ministère de la Mer',
        acronym: null,
        organizationKind: 'ministry',
        quote: 'ministère de la Mer',
      },
      {
        id: 'place:maison-du-port',
        name: 'Maison du Port',
        placeKind: 'building',
        quote: 'à la Maison du Port',
      },
      {
        id: 'acronym:zal',
        acronym: 'ZAL',
        longForm: 'zones d’activités logistiques',
        quote: 'zones d’activités logistiques (ZAL)',
      },
      { id: 'place:algesiras', name: 'Algésiras', placeKind: 'city', quote: 'à Algésiras' },
      {
        id: 'meeting:2025-02-04@tanger',
        name: 'Réunion à Tanger',
        eventKind: 'bilateral-meeting',
        eventStatus: 'held',
        date: '2025-02-04',
        place: 'Tanger',
        placeId: 'tanger',
        quote: 'a reçu mardi à Tanger',
      },
      {
        id: 'meeting:2025-Q2@algesiras',
        name: 'Session à Algésiras',
        eventKind: 'group-session',
        eventStatus: 'planned',
        date: '2025-Q2',
        place: 'Algésiras',
        placeId: null,
        quote: 'session à Algésiras au deuxième trimestre 2025',
      },
    ]);
  });

  it('gives each passage with its offsets, section and sentence', () => {
    for (const { start, end, quote, section, sentence, source: sourceId } of proposals.flatMap(
      (p) => p.evidence,
    )) {
      expect(ARTICLE.slice(start, end)).toBe(quote);
      expect(sentence).toContain(quote);
      expect([section, sourceId]).toEqual(['body', 'src-010']);
    }
  });

  it('proposes nothing from page noise', () => {
    expect(JSON.stringify(proposals)).not.toMatch(/Bennis|Fès|Culture/);
  });
});

describe('combineProposals', () => {
  it('keeps the first proposal of an id, fills what it lacks, and adds one passage per other article', () => {
    const passage = (source: string, quote: string) => ({
      source,
      file: `${source}.txt`,
      start: 0,
      end: quote.length,
      quote,
      section: 'body' as const,
      sentence: quote,
    });
    const person = (title: string | null, ...evidence: ReturnType<typeof passage>[]): Proposal => ({
      id: 'person:lucia-ortega',
      decision: 'pending',
      kind: 'person',
      name: 'Lucia Ortega',
      title,
      organization: null,
      evidence,
    });
    expect(
      combineProposals([
        person(null, passage('a', 'Lucia Ortega')),
        person('directrice', passage('a', 'Lucia Ortega, directrice')),
        person('présidente', passage('b', 'Lucia Ortega, présidente')),
      ]),
    ).toEqual([person('directrice', passage('a', 'Lucia Ortega'), passage('b', 'Lucia Ortega, présidente'))]);
  });
});
