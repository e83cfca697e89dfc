import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates, resolveDateExpression } from './french-dates.js';
import { segmentPage } from './page.js';

/** "text => canonical date" for each mention, to compare whole results at a glance. */
const dates = (text: string, reference: string | null) =>
  findDates(text, reference).map((m) => `${m.text} => ${m.date.text}${m.relative ? ' (relative)' : ''}`);

describe('findDates', () => {
  it('reads day, month, quarter and year dates with the precision the text gives', () => {
    expect(
      dates(
        'Signé le 25 juin 2025, l’accord de mai 2018 sera revu au premier trimestre 2026, comme prévu en 2020.',
        null,
      ),
    ).toEqual([
      '25 juin 2025 => 2025-06-25',
      'mai 2018 => 2018-05',
      'premier trimestre 2026 => 2026-Q1',
      '2020 => 2020',
    ]);
  });

  it('reads ranges of days and of months', () => {
    expect(
      dates('Une inspection conduite entre mai et juin 2025, puis du 28 février au 3 mars 2026.', null),
    ).toEqual([
      'entre mai et juin 2025 => 2025-05/2025-06',
      'du 28 février au 3 mars 2026 => 2026-02-28/2026-03-03',
    ]);
  });

  it('reads numeric dates day first, with spaced dashes, dots or two-digit years', () => {
    expect(dates('Publié le 30/10/2024, repris le 02 - 03 - 2020, le 5.3.2021 et le 7/4/22.', null)).toEqual([
      '30/10/2024 => 2024-10-30',
      '02 - 03 - 2020 => 2020-03-02',
      '5.3.2021 => 2021-03-05',
      '7/4/22 => 2022-04-07',
    ]);
  });

  it('resolves "dernier", "prochain" and "courant" against the reference day', () => {
    expect(
      dates(
        'Après la réunion du 3 octobre dernier et celle du 3 décembre dernier, rendez-vous le 4 décembre prochain.',
        '2024-12-03',
      ),
    ).toEqual([
      '3 octobre dernier => 2024-10-03 (relative)',
      '3 décembre dernier => 2023-12-03 (relative)',
      '4 décembre prochain => 2024-12-04 (relative)',
    ]);
    expect(
      dates('Le forum, organisé les 01 et 02 mars courant, suit celui de mai dernier.', '2020-03-04'),
    ).toEqual([
      'les 01 et 02 mars courant => 2020-03-01/2020-03-02 (relative)',
      'mai dernier => 2019-05 (relative)',
    ]);
  });

  it('takes the nearest year for a day written without one', () => {
    expect(dates('La visite du 28 décembre et celle du 15 au 20 mai.', '2025-01-05')).toEqual([
      '28 décembre => 2024-12-28 (relative)',
      'du 15 au 20 mai => 2025-05-15/2025-05-20 (relative)',
    ]);
  });

  it('reads a bare weekday as the latest such day on or before the reference day', () => {
    // 2024-10-30 is a Wednesday.
    expect(
      dates('Annoncé mardi, confirmé mercredi, prévu lundi prochain, après jeudi dernier.', '2024-10-30'),
    ).toEqual([
      'mardi => 2024-10-29 (relative)',
      'mercredi => 2024-10-30 (relative)',
      'lundi prochain => 2024-11-04 (relative)',
      'jeudi dernier => 2024-10-24 (relative)',
    ]);
  });

  it('reads days named from the reference day, with chrono for counted ones', () => {
    expect(
      dates(
        'Arrivé avant-hier, reçu hier, il repart dans trois jours ; le contrat date du mois dernier.',
        '2024-12-03',
      ),
    ).toEqual([
      'avant-hier => 2024-12-01 (relative)',
      'hier => 2024-12-02 (relative)',
      'dans trois jours => 2024-12-06 (relative)',
      'du mois dernier => 2024-11 (relative)',
    ]);
  });

  it('reads a named week as its Monday to Sunday and a named year as the year', () => {
    // 2026-03-04 is a Wednesday.
    expect(
      dates(
        'Prévue cette semaine, reportée de la semaine dernière, la visite ouvre l’année prochaine, après l’an dernier.',
        '2026-03-04',
      ),
    ).toEqual([
      'cette semaine => 2026-03-02/2026-03-08 (relative)',
      'la semaine dernière => 2026-02-23/2026-03-01 (relative)',
      'l’année prochaine => 2027 (relative)',
      'l’an dernier => 2025 (relative)',
    ]);
  });

  it('reads no date in a period that only starts something', () => {
    expect(
      dates('Le programme s’applique dès cette année et à partir de l’an prochain.', '2026-03-04'),
    ).toEqual([]);
  });

  it('keeps a weekday written with its date as a day of that date', () => {
    expect(dates('La réunion de samedi 21 février 2026 à 10h30.', '2026-03-01')).toEqual([
      'samedi 21 février 2026 => 2026-02-21',
    ]);
  });

  it('skips relative expressions without a reference day and keeps absolute ones', () => {
    expect(
      dates('Reçu mardi, soit le 3 octobre dernier, après l’accord de 2018 signé en octobre 2017.', null),
    ).toEqual(['octobre 2017 => 2017-10']);
  });

  it('ignores times, counts, seasons, bare numbers and impossible days', () => {
    expect(
      dates(
        'Le Dialogue 5+5 a réuni 17 Consuls pendant deux heures à 10 heures pour la saison 2025-2026, en 2025-2026, et non le 31 février 2024 ; 2030 reste loin.',
        '2024-12-03',
      ),
    ).toEqual([]);
  });

  it('gives offsets into the text', () => {
    const text = 'À Fès, le 14 avril 2025.';
    const [mention] = findDates(text, null);
    expect(mention && text.slice(mention.start, mention.end)).toBe('14 avril 2025');
    expect(mention?.date).toEqual({
      text: '2025-04-14',
      precision: 'day',
      earliest: '2025-04-14',
      latest: '2025-04-14',
    });
  });

  it('skips dates inside noise regions', () => {
    const text = 'Réunion le 25 juin 2025.\nAutre article - 20 novembre 2025';
    const noise = { kind: 'noise' as const, start: text.indexOf('\n'), end: text.length };
    expect(findDates(text, null, [noise]).map((m) => m.text)).toEqual(['25 juin 2025']);
  });

  it('rejects a malformed reference day', () => {
    expect(() => findDates('mardi', '03/12/2024')).toThrow(/YYYY-MM-DD/);
  });
});

describe('findDates in English and Spanish', () => {
  const read = (text: string, language: 'en' | 'es') =>
    findDates(text, '2026-03-04', [], language).map((m) => `${m.text} => ${m.date.text}`);

  it('reads the days of a range, whichever way it is written', () => {
    expect(
      read(
        'Talks on 9-10 March 2026, a forum on 12 and 13 March, visits from 16 to 17 March, a summit March 30 to April 1, 2026.',
        'en',
      ),
    ).toEqual([
      '9-10 March 2026 => 2026-03-09/2026-03-10',
      '12 and 13 March => 2026-03-12/2026-03-13',
      '16 to 17 March => 2026-03-16/2026-03-17',
      'March 30 to April 1, 2026 => 2026-03-30/2026-04-01',
    ]);
    expect(read('Reunidos los días 9 y 10 de marzo, y del 16 al 17 de marzo de 2026.', 'es')).toEqual([
      'los días 9 y 10 de marzo => 2026-03-09/2026-03-10',
      'del 16 al 17 de marzo de 2026 => 2026-03-16/2026-03-17',
    ]);
  });

  it('does not read a day range into a larger number', () => {
    expect(read('Between March 3 and 4,500 seats were sold.', 'en')).toEqual(['March 3 => 2026-03-03']);
  });

  it('reads named weeks, named years and quarters', () => {
    expect(
      read(
        'Met last week, meeting again this week, with a plan for the second quarter of 2027 and next year.',
        'en',
      ),
    ).toEqual([
      'last week => 2026-02-23/2026-03-01',
      'this week => 2026-03-02/2026-03-08',
      'second quarter of 2027 => 2027-Q2',
      'next year => 2027',
    ]);
    expect(
      read(
        'Se vieron la semana pasada y se verán el año que viene, antes del primer trimestre, no desde este año.',
        'es',
      ),
    ).toEqual([
      'la semana pasada => 2026-02-23/2026-03-01',
      'el año que viene => 2027',
      'primer trimestre => 2026-Q1',
    ]);
  });
});

describe('halves, ends and seasons of a year', () => {
  const read = (text: string, language: 'fr' | 'en' | 'es') =>
    findDates(text, '2026-04-20', [], language).map((m) => `${m.text} => ${m.date.text}`);

  it('reads half-years as their two quarters, and the end of a year as that year', () => {
    expect(
      read(
        "Une réunion au premier semestre 2027, une autre avant la fin de l'année, puis au second semestre de l'année prochaine.",
        'fr',
      ),
    ).toEqual([
      'premier semestre 2027 => 2027-Q1/2027-Q2',
      "fin de l'année => 2026",
      "second semestre de l'année prochaine => 2027-Q3/2027-Q4",
    ]);
    expect(read('Talks in the first half of next year, a review by the end of the year.', 'en')).toEqual([
      'first half of next year => 2027-Q1/2027-Q2',
      'end of the year => 2026',
    ]);
    expect(read('Una reunión en el segundo semestre de 2026 y otra antes de finales de año.', 'es')).toEqual([
      'segundo semestre de 2026 => 2026-Q3/2026-Q4',
      'finales de año => 2026',
    ]);
  });

  it('reads the last quarter of the year as its fourth', () => {
    expect(read('A meeting in the last quarter of the year.', 'en')).toEqual([
      'the last quarter of the year => 2026-Q4',
    ]);
    expect(read("Une session au dernier trimestre de l'année.", 'fr')).toEqual([
      "dernier trimestre de l'année => 2026-Q4",
    ]);
  });

  it('reads a season as the year it begins in, last or next by its word, and no past participle as summer', () => {
    expect(
      read(
        "Il a été reçu. Une réunion à l'automne, une autre au printemps prochain, la dernière l'été dernier.",
        'fr',
      ),
    ).toEqual(["à l'automne => 2026", 'au printemps prochain => 2027', "l'été dernier => 2025"]);
    expect(read('They will meet in the autumn of 2027 and again next spring.', 'en')).toEqual([
      'in the autumn of 2027 => 2027',
      'next spring => 2027',
    ]);
    expect(read('Se reunirán en otoño.', 'es')).toEqual(['en otoño => 2026']);
    expect(read('Depuis le printemps arabe, rien.', 'fr')).toEqual([]);
  });
});

describe('months with the word that says their year', () => {
  const read = (text: string, language: 'en' | 'es') =>
    findDates(text, '2026-03-04', [], language).map((m) => `${m.text} => ${m.date.text}`);

  it('reads last and next months in English and Spanish', () => {
    expect(read('They met last June and will meet next February.', 'en')).toEqual([
      'last June => 2025-06',
      'next February => 2027-02',
    ]);
    expect(read('Se vieron el pasado mes de junio y se verán en septiembre próximo.', 'es')).toEqual([
      'el pasado mes de junio => 2025-06',
      'septiembre próximo => 2026-09',
    ]);
  });
});

describe('resolveDateExpression', () => {
  it('resolves one expression against the reference day', () => {
    expect(resolveDateExpression('le 3 octobre dernier', '2025-06-10')?.text).toBe('2024-10-03');
    expect(resolveDateExpression('au premier trimestre 2025', null)?.precision).toBe('quarter');
    expect(resolveDateExpression('lundi', null)).toBeNull();
    expect(resolveDateExpression('prochainement', '2025-06-10')).toBeNull();
  });
});

describe('the corpus articles', () => {
  const corpus = new URL('../../../../../shared/corpus/', import.meta.url);
  const article = (prefix: string) => {
    const name = readdirSync(corpus).find((f) => f.startsWith(prefix));
    return readFileSync(new URL(name ?? prefix, corpus), 'utf8');
  };
  const datesOf = (prefix: string, reference: string | null) => {
    const raw = article(prefix);
    return findDates(raw, reference, segmentPage(raw)).map((m) => m.date.text);
  };

  it('resolves the dates of 001 against its publication day', () => {
    expect(datesOf('001', '2024-12-03')).toEqual([
      '2024-12-03',
      '2024-10-03',
      '2018-05',
      '2024-10-28',
      '2025-Q1',
    ]);
  });

  it('leaves out the sidebar dates of 002, which has no publication day', () => {
    expect(datesOf('002', null)).toEqual(['2025-04-14', '2025-06-25', '2024-10', '2025-05/2025-06', '2020']);
  });

  it('resolves the weekday and the "courant" days of 003 and skips its ticker', () => {
    expect(datesOf('003', '2020-03-02')).toEqual(['2020-03-02', '2020-03-02', '2020-03-01/2020-03-02']);
  });

  it('resolves the weekday of 004', () => {
    expect(datesOf('004', '2024-10-30')).toEqual(['2024-10-29', '2024-10-30']);
  });
});
