import type { ReadingGold } from '../extract/gold.js';
import type { ActorRef } from './context.js';
import { countryName, countryNamed } from './countries.js';
import { countryContextOf, curatedOrganization, curatedPerson, curatedPlace, type Known } from './known.js';
import type { Passage } from './people.js';
import type { ArticleReading } from './read-article.js';
import { nameKey, samePersonName } from './similarity.js';

/** One category's count for one article: how many the gold has, how many were found and right. */
export interface ReadingScore {
  category: string;
  gold: number;
  found: number;
  correct: number;
  /** What was missed (`-`) and what was found wrongly (`+`), for reading the errors. */
  mistakes: string[];
}

const overlaps = (a: Passage, b: Passage) => a.start < b.end && b.start < a.end;

/** Where a gold quote is in the article (its first occurrence). */
function quoted(text: string, quote: string): Passage {
  const start = text.indexOf(quote);
  return start < 0 ? { start: -1, end: -1 } : { start, end: start + quote.length };
}

/** One-to-one matching: each gold item takes the first found item that fits it and is free. */
function match<G, F>(gold: G[], found: F[], fits: (g: G, f: F) => boolean): Array<[G, F | undefined]> {
  const free = [...found];
  return gold.map((g) => {
    const i = free.findIndex((f) => fits(g, f));
    return [g, i < 0 ? undefined : free.splice(i, 1)[0]];
  });
}

function tally<G, F>(
  category: string,
  gold: G[],
  found: F[],
  fits: (g: G, f: F) => boolean,
  show: { g: (g: G) => string; f: (f: F) => string },
  right: (g: G, f: F) => boolean = () => true,
): { score: ReadingScore; pairs: Array<[G, F | undefined]> } {
  const pairs = match(gold, found, fits);
  const used = new Set<F>(pairs.flatMap(([, f]) => (f === undefined ? [] : [f])));
  const mistakes = [
    ...pairs
      .filter(([g, f]) => !f || !right(g, f))
      .map(([g, f]) => `- ${show.g(g)}${f ? ` (found as ${show.f(f)})` : ''}`),
    ...found.filter((f) => !used.has(f)).map((f) => `+ ${show.f(f)}`),
  ];
  const correct = pairs.filter(([g, f]) => f !== undefined && right(g, f)).length;
  return { score: { category, gold: gold.length, found: found.length, correct, mistakes }, pairs };
}

/**
 * Two names of one thing: the same once folded, or one within the other as whole words when the
 * shorter has two words at least ("Processus de Rabat" in "le Processus de Rabat"), so that an
 * acronym such as "CE" does not match any long name that happens to hold those letters.
 */
function sameName(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const [x, y] = [nameKey(a), nameKey(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return x === y || (short.includes(' ') && ` ${long} `.includes(` ${short} `));
}

/** A gold actor (a name or a country id) and a found one are the same. */
function sameGoldActor(gold: string, found: ActorRef): boolean {
  if (found.kind === 'country') return gold === found.id || countryNamed(gold) === found.id;
  if (found.kind === 'person') return samePersonName(gold, found.name);
  return sameName(gold, found.name);
}

const actorText = (a: ActorRef) => (a.kind === 'country' ? a.id : a.name);

function placeText(place: ArticleReading['meetings'][number]['place']): string | null {
  if (!place) return null;
  return 'name' in place ? place.name : countryName(place.country);
}

function samePlace(gold: string | null, found: ArticleReading['meetings'][number]['place']): boolean {
  if (gold === null || found === null) return gold === found;
  if ('country' in found) return countryNamed(gold) === found.country;
  return nameKey(gold) === nameKey(found.name);
}

/** Scores what machine reading found in one article against the article's reading gold. */
export function scoreReading(
  gold: ReadingGold,
  text: string,
  reading: ArticleReading,
  known: Known,
): ReadingScore[] {
  const people = tally(
    'people',
    gold.people,
    reading.people,
    (g, f) => [g.name, ...g.variants].some((n) => samePersonName(n, f.name)),
    { g: (g) => g.name, f: (f) => f.name },
  );
  const organizations = tally(
    'organizations',
    gold.organizations,
    reading.organizations,
    (g, f) =>
      sameName(g.name, f.name) ||
      (g.acronym !== null && (g.acronym === f.acronym || g.acronym === f.name)) ||
      g.variants.some((v) => sameName(v, f.name)),
    { g: (g) => g.name, f: (f) => f.name },
  );
  const places = tally('places', gold.places, reading.places, (g, f) => nameKey(g.name) === nameKey(f.name), {
    g: (g) => g.name,
    f: (f) => f.name,
  });
  const meetingText = (m: ArticleReading['meetings'][number]) =>
    `${m.kind} ${m.date?.text ?? 'undated'} ${placeText(m.place) ?? 'nowhere'} [${m.participants.map((p) => `${actorText(p.actor)}:${p.role}`).join(', ')}]`;
  const meetings = tally(
    'meetings',
    gold.meetings,
    reading.meetings,
    (g, f) =>
      f.passages.some((p) => overlaps(quoted(text, g.quote), p)) ||
      (g.date !== null && g.date.text === f.date?.text && samePlace(g.place, f.place) && g.place !== null),
    { g: (g) => `${g.name} (${g.date?.text ?? 'undated'}, ${g.place ?? 'nowhere'})`, f: meetingText },
  );
  const found = meetings.pairs.flatMap(([g, f]) => (f ? [[g, f] as const] : []));
  const dateRight = tally(
    'meetings, date right',
    found.map(([g]) => g),
    found.map(([, f]) => f),
    (g, f) => found.some(([x, y]) => x === g && y === f),
    { g: (g) => `${g.name}: ${g.date?.text ?? 'undated'}`, f: (f) => f.date?.text ?? 'undated' },
    (g, f) => (g.date?.text ?? null) === (f.date?.text ?? null),
  );
  const placeRight = tally(
    'meetings, place right',
    found.map(([g]) => g),
    found.map(([, f]) => f),
    (g, f) => found.some(([x, y]) => x === g && y === f),
    { g: (g) => `${g.name}: ${g.place ?? 'nowhere'}`, f: (f) => placeText(f.place) ?? 'nowhere' },
    (g, f) => samePlace(g.place, f.place),
  );
  const invented = found.filter(([g, f]) => g.date === null && f.date !== null);
  const participants = tally(
    'meeting participants',
    found.flatMap(([g, f]) => g.participants.map((p) => ({ ...p, meeting: f }))),
    found.flatMap(([, f]) => f.participants.map((p) => ({ ...p, meeting: f }))),
    (g, f) => g.meeting === f.meeting && sameGoldActor(g.name, f.actor),
    { g: (g) => `${g.name}:${g.role}`, f: (f) => `${actorText(f.actor)}:${f.role}` },
  );
  const documents = tally(
    'documents',
    gold.documents,
    reading.documents,
    (g, f) => sameName(g.name, f.name) || (g.kind === f.kind && overlaps(quoted(text, g.quote), f.evidence)),
    { g: (g) => g.name, f: (f) => `${f.name} [${f.parties.map(actorText).join(', ')}]` },
  );
  const commitments = tally(
    'commitments',
    gold.commitments,
    reading.commitments,
    (g, f) => overlaps(quoted(text, g.quote), f.evidence),
    {
      g: (g) => `${g.summary} [${g.makers.join(', ')}]`,
      f: (f) => `${f.text} [${f.makers.map(actorText).join(', ')}${f.bothSides ? 'both sides' : ''}]`,
    },
  );
  const withMaker = tally(
    'commitments with maker',
    gold.commitments,
    reading.commitments,
    (g, f) => overlaps(quoted(text, g.quote), f.evidence),
    {
      g: (g) => `${g.summary} [${g.makers.join(', ')}]`,
      f: (f) => `${f.text} [${f.makers.map(actorText).join(', ')}]`,
    },
    (g, f) => g.makers.some((m) => f.makers.some((a) => sameGoldActor(m, a))),
  );
  const noisePassages = gold.noise.map((n) => quoted(text, n.quote));
  const factPassages = [
    ...reading.people.flatMap((p) => p.mentions),
    ...reading.organizations.flatMap((o) => o.mentions),
    ...reading.places.flatMap((p) => p.mentions),
    ...reading.meetings.flatMap((m) => m.passages),
    ...reading.documents.map((d) => d.evidence),
    ...reading.commitments.map((c) => c.evidence),
  ];
  const inNoise = factPassages.filter((p) => noisePassages.some((n) => overlaps(n, p)));
  // Entity links: each found person, body or place the gold ties to a curated entity (or says is
  // not one) is linked as resolution links it.
  const linkOf = (
    entity: string | null,
    notEntity: string | undefined,
    linked: string | undefined,
    label: string,
  ) => ({
    right: (linked ?? null) === entity && (notEntity === undefined || linked !== notEntity),
    text: `${label} → ${linked ?? 'new'} (gold: ${entity ?? `new${notEntity ? `, not ${notEntity}` : ''}`})`,
  });
  const links = [
    ...people.pairs.flatMap(([g, f]) =>
      f && (g.entity || g.notEntity)
        ? [linkOf(g.entity, g.notEntity, curatedPerson(known, f.name), f.name)]
        : [],
    ),
    ...organizations.pairs.flatMap(([g, f]) =>
      f && (g.entity || g.notEntity)
        ? [
            linkOf(
              g.entity,
              g.notEntity,
              curatedOrganization(known, f.name, f.acronym, countryContextOf(text, f.evidence, f.name)),
              f.name,
            ),
          ]
        : [],
    ),
    ...places.pairs.flatMap(([g, f]) =>
      f && (g.entity || g.notEntity)
        ? [linkOf(g.entity, g.notEntity, curatedPlace(known, f.name), f.name)]
        : [],
    ),
  ];
  const linkScore: ReadingScore = {
    category: 'entity links',
    gold: links.length,
    found: links.length,
    correct: links.filter((l) => l.right).length,
    mistakes: links.filter((l) => !l.right).map((l) => `- ${l.text}`),
  };
  return [
    linkScore,
    people.score,
    organizations.score,
    places.score,
    meetings.score,
    dateRight.score,
    placeRight.score,
    participants.score,
    documents.score,
    commitments.score,
    withMaker.score,
    {
      category: 'invented dates',
      gold: 0,
      found: invented.length,
      correct: 0,
      mistakes: invented.map(([g, f]) => `+ ${g.name}: ${f.date?.text}`),
    },
    {
      category: 'facts in page noise',
      gold: 0,
      found: inNoise.length,
      correct: 0,
      mistakes: inNoise.map((p) => `+ ${text.slice(p.start, p.end)}`),
    },
  ];
}

/** Adds up scores by category. */
export function sumReadingScores(scores: ReadingScore[][]): ReadingScore[] {
  const totals = new Map<string, ReadingScore>();
  for (const s of scores.flat()) {
    const t = totals.get(s.category) ?? { category: s.category, gold: 0, found: 0, correct: 0, mistakes: [] };
    t.gold += s.gold;
    t.found += s.found;
    t.correct += s.correct;
    t.mistakes.push(...s.mistakes);
    totals.set(s.category, t);
  }
  const all = [...totals.values()];
  const actors = all.filter((s) => s.category === 'people' || s.category === 'organizations');
  const sum = (key: 'gold' | 'found' | 'correct') => actors.reduce((n, s) => n + s[key], 0);
  return [
    {
      category: 'actors (people and organizations)',
      gold: sum('gold'),
      found: sum('found'),
      correct: sum('correct'),
      mistakes: [],
    },
    ...all,
  ];
}
