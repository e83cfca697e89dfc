import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentPage } from './page.js';
import { findPublicationDate } from './publication-date.js';

const publicationDate = (raw: string) => findPublicationDate(raw, segmentPage(raw));

describe('findPublicationDate', () => {
  it('reads the date of a publication line, with its offsets in the page', () => {
    const raw = [
      'Un nouveau cap pour la coopération portuaire',
      'Publié : 5 février 2025 à 09h12 par La rédaction',
      'Les deux ministres ont signé mardi une feuille de route commune à Tanger.',
    ].join('\n');
    const found = publicationDate(raw);
    expect(found?.date.text).toBe('2025-02-05');
    expect(found && raw.slice(found.start, found.end)).toBe('5 février 2025');
  });

  it('reads a date line after the body', () => {
    const raw = [
      'Un nouveau cap pour la coopération portuaire',
      'Les deux ministres ont signé mardi une feuille de route commune à Tanger.',
      'Le 12/11/2024',
    ].join('\n');
    expect(publicationDate(raw)?.date.text).toBe('2024-11-12');
  });

  it('ignores dates in the body and in sidebars of other articles', () => {
    const raw = [
      'Un nouveau cap pour la coopération portuaire',
      'Les deux ministres ont signé le 25 juin 2025 une feuille de route commune à Tanger.',
      'Derniers articles',
      'Port de Safi : les travaux avancent',
      'Youssef Alami - 12 mars 2025',
    ].join('\n');
    expect(publicationDate(raw)).toBeNull();
  });
});

describe('the corpus pages', () => {
  const corpus = new URL('../../../../../shared/corpus/', import.meta.url);
  const article = (prefix: string) => {
    const name = readdirSync(corpus).find((f) => f.startsWith(prefix));
    return readFileSync(new URL(name ?? prefix, corpus), 'utf8');
  };

  it.each([
    ['000', null],
    ['001', '2024-12-03'],
    ['002', null],
    ['003', '2020-03-02'],
    ['004', '2024-10-30'],
  ])('dates %s to %s', (prefix, date) => {
    expect(publicationDate(article(prefix))?.date.text ?? null).toBe(date);
  });
});
