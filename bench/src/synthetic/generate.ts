import {
  CHAIN_LENGTH,
  EVENTS_PER_ARTICLE,
  EVENTS_PER_INSTRUMENT,
  HOLDERS_PER_POST,
  POSTS_PER_MINISTRY,
  SERIES_LENGTH,
  type Shape,
} from './shape.js';
import { capitalized, slug } from './words.js';

/** An article as the corpus folder holds it: its text and its sidecar metadata. */
export interface SyntheticArticle {
  file: string;
  text: string;
  sidecar: { title: string; published: string; publisher: string; language: 'fr' };
}

/** Ids and values the query benchmarks ask about, spread over the graph. */
export interface Picks {
  instruments: string[];
  people: string[];
  /** A post's title as an analyst would type it, and a day inside one holder's term. */
  posts: { title: string; at: string }[];
  searches: string[];
  /** Pairs of people of different countries. */
  pairs: [string, string][];
}

export interface SyntheticCorpus {
  articles: SyntheticArticle[];
  /** Fact files as their YAML would parse: input for `factFile.parse`. */
  factFiles: Record<string, unknown[]>[];
  picks: Picks;
}

const COUNTRIES = [
  'Maroc',
  'France',
  'Espagne',
  'Italie',
  'Sénégal',
  'Mali',
  'Tunisie',
  'Algérie',
  'Belgique',
  'Allemagne',
  'Portugal',
  'Niger',
  'Mauritanie',
  'Côte d’Ivoire',
  'Guinée',
  'Cameroun',
  'Pays-Bas',
  'Suisse',
  'Canada',
  'Égypte',
];
const THEMES = [
  'la réadmission',
  'la mobilité légale',
  'les visas',
  'la lutte contre les réseaux de passeurs',
  'le retour volontaire',
  'la migration de travail',
  'la protection des mineurs',
  'les étudiants',
  'la diaspora',
  'la gestion des frontières',
  'l’asile',
  'la formation professionnelle',
];
const FIRST_NAMES = [
  'Karim',
  'Nadia',
  'Youssef',
  'Claire',
  'Omar',
  'Sophie',
  'Mehdi',
  'Laura',
  'Samir',
  'Julie',
];
const ROLES = ['ministre', 'secrétaire général', 'directeur de la migration'];
const OBJECTS = [
  ['accélérer la réadmission des ressortissants en situation irrégulière', 'la réadmission'],
  ['ouvrir de nouvelles voies de mobilité légale pour les étudiants et les travailleurs', 'la mobilité'],
];
const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2000, 0, 1);
/** Days from 2000-01-01 to 2024-12-31: events fall in that span, articles after it. */
const EVENT_DAYS = 9131;

function isoDay(offset: number): string {
  return new Date(EPOCH + offset * DAY_MS).toISOString().slice(0, 10);
}

function frenchDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** A passage to place in an article, and where the fact files quote it from. */
class Corpus {
  readonly articles: SyntheticArticle[] = [];
  private lines: string[] = [];
  private title = '';
  private file = '';

  open(kind: string, index: number, title: string): void {
    this.close();
    this.file = `${kind}-${String(index).padStart(6, '0')}.txt`;
    this.title = title;
    this.lines = [];
  }

  /** Adds a sentence to the open article and returns its evidence, `{source: [quote]}`. */
  say(sentence: string): Record<string, string[]> {
    if (!this.file) throw new Error('no article open');
    this.lines.push(sentence);
    return { [this.sourceId]: [sentence] };
  }

  get sourceId(): string {
    return `src-${slug(this.file.replace(/\.txt$/, ''))}`;
  }

  close(): void {
    if (!this.file) return;
    const index = this.articles.length;
    this.articles.push({
      file: this.file,
      text: `${this.title}\n\n${this.lines.join('\n\n')}\n`,
      sidecar: {
        title: this.title,
        published: isoDay(EVENT_DAYS + 1 + (index % 300)),
        publisher: 'Le Quotidien synthétique',
        language: 'fr',
      },
    });
    this.file = '';
  }
}

/**
 * A graph of the model at the given shape: countries, themes and ministries as hubs, people holding
 * posts in turn, series of meetings with participants, instruments adopted at meetings, and
 * commitments derived from them in chains up to six deep. Every fact is quoted from one or two
 * generated articles; ids, dates and quotes are valid, so the ingest accepts it as it would
 * curated facts.
 */
export function generateCorpus(shape: Shape): SyntheticCorpus {
  const corpus = new Corpus();
  const hubs: Record<string, unknown[]> = {
    countries: [],
    themes: [],
    places: [],
    organizations: [],
    people: [],
    posts: [],
  };

  // Hubs and profiles, twenty sentences an article.
  let profile = 0;
  let sentences = 0;
  const profileSay = (sentence: string) => {
    if (sentences++ % 20 === 0)
      corpus.open('profiles', profile, `Portraits de la coopération migratoire n° ${++profile}`);
    return corpus.say(sentence);
  };

  const countryId = (i: number) => `country-${slug(COUNTRIES[i] as string)}`;
  COUNTRIES.slice(0, shape.countries).forEach((name, i) => {
    hubs.countries?.push({
      id: countryId(i),
      name,
      evidence: profileSay(
        `Le pays ${name} figure parmi les partenaires réguliers de la coopération migratoire régionale.`,
      ),
    });
  });
  const themeId = (i: number) => `theme-${slug(THEMES[i % THEMES.length] as string)}`;
  THEMES.slice(0, shape.themes).forEach((name, i) => {
    hubs.themes?.push({
      id: themeId(i),
      name,
      evidence: profileSay(
        `La question de ${name} revient régulièrement dans les échanges entre les délégations présentes.`,
      ),
    });
  });
  const cityName = (i: number) => `${capitalized(i + 7)}ville`;
  const cityId = (i: number) => `city-${slug(cityName(i))}`;
  for (let i = 0; i < shape.cities; i++) {
    hubs.places?.push({
      id: cityId(i),
      name: cityName(i),
      kind: 'city',
      in: countryId(i % shape.countries),
      evidence: profileSay(
        `La ville de ${cityName(i)} accueille régulièrement des rencontres consacrées aux questions migratoires.`,
      ),
    });
  }
  const ministryWord = (i: number) => capitalized(100_000 + i);
  const ministryName = (i: number) => `ministère de la Migration de ${ministryWord(i)}`;
  const ministryId = (i: number) => `ministry-${slug(ministryWord(i))}`;
  for (let i = 0; i < shape.ministries; i++) {
    hubs.organizations?.push({
      id: ministryId(i),
      name: ministryName(i).replace(/^m/, 'M'),
      kind: 'ministry',
      country: countryId(i % shape.countries),
      evidence: profileSay(
        `Le ${ministryName(i)} coordonne la politique migratoire et siège dans les réunions bilatérales.`,
      ),
    });
  }
  const personName = (i: number) => `${FIRST_NAMES[i % FIRST_NAMES.length]} ${capitalized(200_000 + i)}`;
  const personId = (i: number) => slug(personName(i));
  const personCountry = (i: number) => (i % 3 === 0 ? 0 : i % 3 === 1 ? 1 : i % shape.countries);
  for (let i = 0; i < shape.people; i++) {
    hubs.people?.push({
      id: personId(i),
      name: personName(i),
      country: countryId(personCountry(i)),
      evidence: profileSay(
        `${personName(i)}, représentant du pays ${COUNTRIES[personCountry(i)]}, suit les dossiers migratoires depuis des années.`,
      ),
    });
  }
  const postTitle = (m: number, r: number) =>
    r === 0
      ? `ministre de la Migration de ${ministryWord(m)}`
      : `${ROLES[r]} du ministère de la Migration de ${ministryWord(m)}`;
  const posts: { title: string; at: string }[] = [];
  for (let m = 0; m < shape.ministries; m++) {
    for (let r = 0; r < POSTS_PER_MINISTRY; r++) {
      const p = m * POSTS_PER_MINISTRY + r;
      const title = postTitle(m, r);
      const holders = [];
      for (let h = 0; h < HOLDERS_PER_POST; h++) {
        const person = (p * HOLDERS_PER_POST + h) % shape.people;
        const start = `${2000 + 6 * h}-${String(1 + (p % 12)).padStart(2, '0')}-01`;
        const end = isoDay((Date.parse(`${2006 + 6 * h}-${start.slice(5)}T00:00:00Z`) - EPOCH) / DAY_MS - 1);
        holders.push({
          person: personId(person),
          title,
          start,
          end,
          evidence: profileSay(
            `${personName(person)} a occupé le poste de ${title} du ${frenchDay(start)} au ${frenchDay(end)}, selon le communiqué.`,
          ),
        });
      }
      hubs.posts?.push({
        id: `post-${slug(title)}`,
        title,
        organization: ministryId(m),
        country: countryId(m % shape.countries),
        holders,
        evidence: profileSay(
          `Le poste de ${title} a été créé pour suivre la coopération avec les partenaires.`,
        ),
      });
      posts.push({ title, at: `${2013}-${String(1 + (p % 12)).padStart(2, '0')}-15` });
    }
  }

  // Meetings, instruments and commitments, four events an article.
  const eventName = (e: number) =>
    `${(e % SERIES_LENGTH) + 1}e réunion du groupe de travail ${capitalized(300_000 + Math.floor(e / SERIES_LENGTH))}`;
  const eventId = (e: number) => `event-${slug(eventName(e))}`;
  const instrumentName = (b: number) => `déclaration conjointe ${capitalized(400_000 + b)}`;
  const instrumentId = (b: number) => `instrument-${slug(instrumentName(b))}`;
  const commitmentId = (c: number) => `commitment-${c}`;
  const participants = (e: number): [number, number] => {
    const a = (e * 7) % shape.people;
    const b = (e * 13 + 1) % shape.people;
    return [a, b === a ? (b + 1) % shape.people : b];
  };
  const host = (e: number) => (e % 10 < 4 ? 0 : e % 10 < 8 ? 1 : e % shape.countries);

  const factFiles: Record<string, unknown[]>[] = [hubs];
  let file: Record<string, unknown[]> = {};
  const recalls: ((say: (s: string) => Record<string, string[]>) => void)[] = [];
  for (let e = 0; e < shape.events; e++) {
    if (e % EVENTS_PER_ARTICLE === 0) {
      corpus.open(
        'news',
        e / EVENTS_PER_ARTICLE,
        `Coopération migratoire : le point sur les réunions n° ${e / EVENTS_PER_ARTICLE + 1}`,
      );
      // The article also recalls the facts of the one before: a second source for each.
      for (const recall of recalls.splice(0)) recall((s) => corpus.say(s));
    }
    if (e % 2000 === 0) {
      file = { events: [], instruments: [], commitments: [] };
      factFiles.push(file);
    }
    const date = isoDay((e * 7919) % EVENT_DAYS);
    const [p1, p2] = participants(e);
    const city = e % shape.cities;
    const ministry = e % shape.ministries;
    const said = corpus.say(
      `Le ${frenchDay(date)} à ${cityName(city)}, ${personName(p1)} et ${personName(p2)} ont pris part à la ${eventName(e)}, convoquée par le ${ministryName(ministry)}.`,
    );
    const event = {
      id: eventId(e),
      name: eventName(e).replace(/^./, (c) => c.toUpperCase()),
      kind: 'working-session',
      date,
      number: (e % SERIES_LENGTH) + 1,
      places: [cityId(city)],
      convenedBy: [ministryId(ministry)],
      continues: e % SERIES_LENGTH === 0 ? [] : [eventId(e - 1)],
      themes: [themeId(e % shape.themes)],
      participants: [
        { actor: personId(p1), role: 'led-delegation', evidence: said },
        { actor: personId(p2), role: 'attended', evidence: said },
        { actor: countryId(host(e)), role: 'hosted', evidence: said },
      ],
      evidence: said,
    };
    file.events?.push(event);
    recalls.push((say) => {
      const recalled = say(
        `Les participants ont rappelé les conclusions de la ${eventName(e)}, jugées encourageantes.`,
      );
      event.evidence = { ...event.evidence, ...recalled };
    });

    const block = Math.floor(e / EVENTS_PER_INSTRUMENT);
    if (e % EVENTS_PER_INSTRUMENT === 0) {
      const c1 = COUNTRIES[host(e)];
      const adopted = corpus.say(
        `La ${instrumentName(block)} a été adoptée lors de la ${eventName(e)} par les délégations présentes et le pays ${c1}.`,
      );
      const instrument = {
        id: instrumentId(block),
        name: instrumentName(block).replace(/^./, (c) => c.toUpperCase()),
        kind: 'declaration',
        status: 'adopted',
        date,
        adoptedAt: eventId(e),
        places: [cityId(city)],
        themes: [themeId(e % shape.themes)],
        parties: [
          { actor: countryId(0), role: 'signatory', evidence: adopted },
          { actor: countryId(1), role: 'signatory', evidence: adopted },
        ],
        axes: [1, 2].map((order) => ({
          id: `${instrumentId(block)}-axis-${order}`,
          name: `Axe ${order} : ${THEMES[(block + order) % THEMES.length]}`,
          order,
          evidence: corpus.say(
            `L'axe ${order} de la ${instrumentName(block)} porte sur ${THEMES[(block + order) % THEMES.length]} et ses modalités.`,
          ),
        })),
        evidence: adopted,
      };
      file.instruments?.push(instrument);
      recalls.push((say) => {
        const recalled = say(
          `La mise en œuvre de la ${instrumentName(block)} reste suivie de près par les deux parties.`,
        );
        instrument.evidence = { ...instrument.evidence, ...recalled };
      });
    }

    for (let k = 0; k < 2; k++) {
      const c = 2 * e + k;
      const maker = k === 0 ? p1 : p2;
      const [object, short] = OBJECTS[k] as [string, string];
      const made = corpus.say(`Lors de la ${eventName(e)}, ${personName(maker)} s'est engagé à ${object}.`);
      // Commitments of an instrument's block form chains: every sixth one implements the
      // instrument, the others follow up the one before.
      const position = c - 2 * EVENTS_PER_INSTRUMENT * block;
      const root = position % CHAIN_LENGTH === 0;
      const commitment = {
        id: commitmentId(c),
        summary: `Engagement ${k + 1} de la ${eventName(e)} : ${object}`,
        kind: 'commitment',
        status: k === 0 ? 'agreed' : 'in-progress',
        date,
        madeBy: [personId(maker), countryId(host(e))],
        madeAt: eventId(e),
        themes: [themeId(e % shape.themes)],
        derivesFrom: [
          root
            ? { from: instrumentId(block), how: 'implements', evidence: made }
            : { from: commitmentId(c - 1), how: 'follows-up', evidence: made },
        ],
        ...(root ? { axis: `${instrumentId(block)}-axis-${1 + ((position / CHAIN_LENGTH) % 2)}` } : {}),
        evidence: made,
      };
      file.commitments?.push(commitment);
      recalls.push((say) => {
        const recalled = say(
          `Le suivi de l'engagement pris lors de la ${eventName(e)} sur ${short} a été évoqué.`,
        );
        commitment.evidence = { ...commitment.evidence, ...recalled };
      });
    }
  }
  corpus.close();

  const spread = <T>(count: number, pick: (i: number) => T, n = 8) =>
    Array.from({ length: Math.min(n, count) }, (_, k) =>
      pick(Math.floor(((k + 0.5) * count) / Math.min(n, count))),
    );
  const picks: Picks = {
    instruments: spread(shape.instruments - 1, instrumentId),
    people: spread(shape.people, personId),
    posts: spread(posts.length, (i) => posts[i] as { title: string; at: string }),
    searches: spread(shape.people, (i) => personName(i).split(' ')[1] as string),
    // Up to people - 3, so that the partner (two further at most) is a person of the graph.
    pairs: spread(
      shape.people - 2,
      (i) => [personId(i), personId(i % 3 === 2 ? i + 1 : i + 2)] as [string, string],
    ),
  };
  return { articles: corpus.articles, factFiles, picks };
}
