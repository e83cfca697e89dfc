import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { chronoDates } from './chrono-dates.js';

const reference = new Date('2026-09-24T12:00:00Z');
const read = (parser: chrono.Chrono, text: string) =>
  chronoDates(parser, text, reference).map((d) => `${text.slice(d.start, d.end)} => ${d.date.text}`);

describe('chronoDates', () => {
  it('reads a day counted back from the reference, not a time limit counted from none', () => {
    expect(read(chrono.en.casual, 'They met three days ago and will answer within 30 days.')).toEqual([
      'three days ago => 2026-09-21',
    ]);
    expect(read(chrono.es.casual, 'Expedirá los documentos dentro de 30 días.')).toEqual([]);
  });

  it('reads no date in how long something lasts', () => {
    expect(read(chrono.fr.casual, 'Il entame une visite de deux jours.')).toEqual([]);
    expect(read(chrono.en.casual, 'She will stay for three days.')).toEqual([]);
    expect(read(chrono.es.casual, 'Una visita de dos días.')).toEqual([]);
  });
});
