import type { ReadingGold } from '../extract/gold.js';
import { overlaps } from '../text/region.js';
import type { ActorRef } from './context.js';
import { countryName, countryNamed } from './countries.js';
import type { ItemVerdicts, Verdict } from './decided-gold.js';
import { countryContextOf, curatedOrganization, curatedPerson, curatedPlace, type Known } from './known.js';
import type { Passage } from './people.js';
import type { ArticleReading } from './read-article.js';
import { readItemKey } from './read-item.js';
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

/**
 * Matches found items to gold ones and counts. A found item a curator decided is right when its
 * verdict holds, whatever the hand gold says of it; one the hand gold lacks joins the gold when
 * its verdict holds (`added`), and stays found in error when rejected.
 */
function tally<G, F>(
  category: string,
  gold: G[],
  found: F[],
  fits: (g: G, f: F) => boolean,
  show: { g: (g: G) => string; f: (f: F) => string },
  right: (g: G, f: F) => boolean = () => true,
  decided: (f: F) => Verdict | undefined = () => undefined,
): { score: ReadingScore; pairs: Array<[G, F | undefined]>; added: F[] } {
  const pairs = match(gold, found, fits);
  const used = new Set<F>(pairs.flatMap(([, f]) => (f === undefined ? [] : [f])));
  const judged = (g: G, f: F) => decided(f)?.holds ?? right(g, f);
  const added = found.filter((f) => !used.has(f) && decided(f)?.holds);
  const mistakes = [
    ...pairs
      .filter(([g, f]) => !f || !judged(g, f))
      .map(([g, f]) => `- ${show.g(g)}${f ? ` (found as ${show.f(f)})` : ''}`),
    ...found.filter((f) => !used.has(f) && !decided(f)?.holds).map((f) => `+ ${show.f(f)}`),
  ];
  const correct = pairs.filter(([g, f]) => f !== undefined && judged(g, f)).length + added.length;
  return {
    score: { category, gold: gold.length + added.length, found: found.length, correct, mistakes },
    pairs,
    added,
  };
}

/**
 * A category judged on items found right already (a field of the meetings found): each is gold
 * and found; how many have the field right.
 */
function judge<T>(
  category: string,
  items: T[],
  right: (t: T) => boolean,
  show: { g: (t: T) => string; f: (t: T) => string },
): ReadingScore {
  return {
    category,
    gold: items.length,
    found: items.length,
    correct: items.filter(right).length,
    mistakes: items.filter((t) => !right(t)).map((t) => `- ${show.g(t)} (found as ${show.f(t)})`),
  };
}

/** The verdicts on an article's read items, by the found item they are about. */
function verdictsByItem(reading: ArticleReading, verdicts: ItemVerdicts): Map<object, Verdict> {
  const byItem = new Map<object, Verdict>();
  const lists = ['people', 'organizations', 'places', 'meetings', 'documents', 'commitments'] as const;
  for (const list of lists) {
    reading[list].forEach((found: object, index) => {
      const verdict = verdicts.get(readItemKey({ list, index }));
      if (verdict) byItem.set(found, verdict);
    });
  }
  reading.meetings.forEach((m, meeting) => {
    m.participants.forEach((p, index) => {
      const verdict = verdicts.get(readItemKey({ list: 'participants', meeting, index }));
      if (verdict) byItem.set(p, verdict);
    });
  });
  return byItem;
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

/**
 * Scores what machine reading found in one article against the article's reading gold, and the
 * curators' verdicts on its items where there are some (see `tally`). A meeting's verdict judges
 * the meeting and its date, its own field; its place and participants are facts of their own, so
 * a meeting the hand gold lacks counts in their categories only with the place and participations
 * curators decided. A commitment's verdict judges whether it was made, not who made it, except that a
 * rejected commitment is made by no one.
 */
export function scoreReading(
  gold: ReadingGold,
  text: string,
  reading: ArticleReading,
  known: Known,
  verdicts: ItemVerdicts = new Map(),
): ReadingScore[] {
  const byItem = verdictsByItem(reading, verdicts);
  const decided = (f: object) => byItem.get(f);
  // A participant or maker the gold names by one of an actor's names (its acronym, a variant) is
  // that actor, found under any of them.
  const namesOf = (name: string): string[] => {
    const org = gold.organizations.find((o) => [o.name, o.acronym, ...o.variants].includes(name));
    if (org) return [org.name, ...org.variants, ...(org.acronym === null ? [] : [org.acronym])];
    const person = gold.people.find((p) => p.name === name || p.variants.includes(name));
    return person ? [person.name, ...person.variants] : [name];
  };
  const isGoldActor = (g: string, f: ActorRef) => namesOf(g).some((n) => sameGoldActor(n, f));
  const people = tally(
    'people',
    gold.people,
    reading.people,
    (g, f) => [g.name, ...g.variants].some((n) => samePersonName(n, f.name)),
    { g: (g) => g.name, f: (f) => f.name },
    undefined,
    decided,
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
    undefined,
    decided,
  );
  const places = tally(
    'places',
    gold.places,
    reading.places,
    (g, f) => nameKey(g.name) === nameKey(f.name),
    { g: (g) => g.name, f: (f) => f.name },
    undefined,
    decided,
  );
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
    undefined,
    decided,
  );
  // The meetings found right, each with its gold (none for one only a curator's verdict makes gold).
  const found = [
    ...meetings.pairs.flatMap(([g, f]) => (f && decided(f)?.holds !== false ? [{ g, f }] : [])),
    ...meetings.added.map((f) => ({ g: undefined, f })),
  ];
  const goldDate = ({ g, f }: (typeof found)[number]) => {
    const verdict = decided(f);
    if (verdict?.date !== undefined) return verdict.date;
    return verdict || !g ? (f.date?.text ?? null) : (g.date?.text ?? null);
  };
  const name = ({ g, f }: (typeof found)[number]) => g?.name ?? f.name;
  const dateRight = judge('meetings, date right', found, (m) => goldDate(m) === (m.f.date?.text ?? null), {
    g: (m) => `${name(m)}: ${goldDate(m) ?? 'undated'}`,
    f: (m) => m.f.date?.text ?? 'undated',
  });
  const inHandGold = found.flatMap(({ g, f }) => (g ? [{ g, f }] : []));
  // A meeting's place is a fact of its own (TOOK_PLACE_IN): its verdict judges it.
  const placeVerdict = (f: ArticleReading['meetings'][number]) =>
    verdicts.get(readItemKey({ list: 'meetingPlace', meeting: reading.meetings.indexOf(f) }));
  const goldPlace = ({ g, f }: (typeof found)[number]) => {
    const verdict = placeVerdict(f);
    if (verdict) return `${verdict.holds ? '' : 'not '}${placeText(f.place) ?? 'nowhere'}`;
    return g?.place ?? 'nowhere';
  };
  const placeRight = judge(
    'meetings, place right',
    found.filter((m) => m.g || placeVerdict(m.f)),
    ({ g, f }) => placeVerdict(f)?.holds ?? (g !== undefined && samePlace(g.place, f.place)),
    { g: (m) => `${name(m)}: ${goldPlace(m)}`, f: ({ f }) => placeText(f.place) ?? 'nowhere' },
  );
  const invented = found.filter((m) => goldDate(m) === null && m.f.date !== null);
  const participants = tally(
    'meeting participants',
    inHandGold.flatMap(({ g, f }) => g.participants.map((p) => ({ ...p, meeting: f }))),
    found.flatMap(({ g, f }) =>
      f.participants.flatMap((p) => (g || decided(p) ? [{ ...p, meeting: f, verdict: decided(p) }] : [])),
    ),
    (g, f) => g.meeting === f.meeting && isGoldActor(g.name, f.actor),
    { g: (g) => `${g.name}:${g.role}`, f: (f) => `${actorText(f.actor)}:${f.role}` },
    undefined,
    (f) => f.verdict,
  );
  type FoundParticipant = (typeof participants.added)[number];
  const participantsRight = [
    ...participants.pairs.flatMap(([g, f]) => (f && f.verdict?.holds !== false ? [{ g, f }] : [])),
    ...participants.added.map((f) => ({ g: undefined, f })),
  ];
  const goldRole = ({ g, f }: { g: { role: string } | undefined; f: FoundParticipant }) =>
    f.verdict?.role ?? (f.verdict || !g ? f.role : g.role);
  const roleRight = judge(
    'meeting participants, role right',
    participantsRight,
    (p) => goldRole(p) === p.f.role,
    {
      g: (p) => `${p.g?.name ?? actorText(p.f.actor)}:${goldRole(p)}`,
      f: (p) => `${actorText(p.f.actor)}:${p.f.role}`,
    },
  );
  const documents = tally(
    'documents',
    gold.documents,
    reading.documents,
    (g, f) => sameName(g.name, f.name) || (g.kind === f.kind && overlaps(quoted(text, g.quote), f.evidence)),
    { g: (g) => g.name, f: (f) => `${f.name} [${f.parties.map(actorText).join(', ')}]` },
    undefined,
    decided,
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
    undefined,
    decided,
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
    (g, f) => g.makers.some((m) => f.makers.some((a) => isGoldActor(m, a))),
    (f) => (decided(f)?.holds === false ? { holds: false } : undefined),
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
    dateRight,
    placeRight,
    participants.score,
    roleRight,
    documents.score,
    commitments.score,
    withMaker.score,
    {
      category: 'invented dates',
      gold: 0,
      found: invented.length,
      correct: 0,
      mistakes: invented.map((m) => `+ ${name(m)}: ${m.f.date?.text}`),
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
