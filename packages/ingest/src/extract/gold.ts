import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  COMMITMENT_KINDS,
  DATE_PRECISIONS,
  EVENT_KINDS,
  EVENT_STATUSES,
  fuzzyDateText,
  INSTRUMENT_KINDS,
  PARTICIPATION_ROLES,
} from '@diplograph/schema';
import { parse } from 'yaml';
import { z } from 'zod';

/** Where an annotation is: its line, offsets into the article's text, and the text there. */
const span = {
  line: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string().min(1),
};

/** The hand-written annotations of one article (see gold/README.md). */
export const goldFile = z.strictObject({
  file: z.string(),
  mentions: z.array(z.strictObject({ entity: z.string(), ...span })),
  dates: z.array(z.strictObject({ value: z.string(), precision: z.enum(DATE_PRECISIONS), ...span })),
  proposals: z.strictObject({
    people: z.array(
      z.strictObject({
        name: z.string(),
        title: z.string().nullable(),
        organization: z.string().nullable(),
        ...span,
      }),
    ),
    organizations: z.array(z.strictObject({ name: z.string(), acronym: z.string().nullable(), ...span })),
    acronyms: z.array(z.strictObject({ acronym: z.string(), longForm: z.string(), ...span })),
    places: z.array(z.strictObject({ name: z.string(), ...span })),
    meetings: z.array(z.strictObject({ date: z.string(), place: z.string(), ...span })),
  }),
});
export type GoldFile = z.infer<typeof goldFile>;

/** The kinds of document an article may report: the model's instrument kinds. */
export const DOCUMENT_KINDS = INSTRUMENT_KINDS;

/** A short exact passage of the article where the fact is stated. */
const quote = z.string().min(1);
const entity = z.string().nullable();
const name = z.string().min(1);

/** The facts an article states, annotated by hand for judging machine reading (see gold/README.md). */
export const readingGold = z.strictObject({
  file: z.string(),
  /** `written`: an article of our own (gold/written), developed against like `dev`. */
  split: z.enum(['dev', 'test', 'written']),
  language: z.enum(['fr', 'en', 'es']),
  people: z.array(
    z.strictObject({
      name,
      variants: z.array(z.string()).default([]),
      title: z.string().nullable(),
      organization: z.string().nullable(),
      country: z.string().nullable(),
      entity,
      notEntity: z.string().optional(),
      quote,
    }),
  ),
  organizations: z.array(
    z.strictObject({
      name,
      variants: z.array(z.string()).default([]),
      acronym: z.string().nullable(),
      country: z.string().nullable(),
      entity,
      notEntity: z.string().optional(),
      quote,
    }),
  ),
  places: z.array(z.strictObject({ name, entity, notEntity: z.string().optional(), quote })),
  meetings: z.array(
    z.strictObject({
      id: z.string(),
      name,
      kind: z.enum(EVENT_KINDS),
      status: z.enum(EVENT_STATUSES),
      date: fuzzyDateText.nullable(),
      place: z.string().nullable(),
      convenedBy: z.string().nullable(),
      participants: z.array(z.strictObject({ name, role: z.enum(PARTICIPATION_ROLES) })),
      entity,
      notEntity: z.string().optional(),
      quote,
    }),
  ),
  documents: z.array(
    z.strictObject({
      id: z.string(),
      name,
      kind: z.enum(DOCUMENT_KINDS),
      date: fuzzyDateText.nullable(),
      place: z.string().nullable(),
      parties: z.array(z.string()),
      adoptedAt: z.string().nullable(),
      entity,
      notEntity: z.string().optional(),
      quote,
    }),
  ),
  commitments: z.array(
    z.strictObject({
      summary: z.string(),
      kind: z.enum(COMMITMENT_KINDS),
      makers: z.array(z.string()),
      madeAt: z.string().nullable(),
      derivesFrom: z.string().nullable(),
      quote,
    }),
  ),
  noise: z.array(z.strictObject({ quote, why: z.string() })).default([]),
});
export type ReadingGold = z.infer<typeof readingGold>;

/** Reads every gold file (`*.yaml`) of a folder. Throws when one is not valid. */
export async function readGold(dir: string): Promise<GoldFile[]> {
  return readGoldFiles(dir, (name) => !isReadingGold(name), goldFile);
}

/** Reads every reading-gold file of a folder (the articles that were not curated). */
export async function readReadingGold(dir: string): Promise<ReadingGold[]> {
  return readGoldFiles(dir, isReadingGold, readingGold);
}

/**
 * Reading gold is written for the articles that were not curated: the corpus's 1NN_ and our own
 * 8NN_ (gold/written); the curated five are 0NN_.
 */
const isReadingGold = (name: string) => /^[1-9]\d\d_/.test(name);

async function readGoldFiles<T>(
  dir: string,
  wanted: (name: string) => boolean,
  schema: z.ZodType<T>,
): Promise<T[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.yaml') && wanted(name)).sort();
  return Promise.all(
    names.map(async (name) => {
      const parsed = schema.safeParse(parse(await readFile(join(dir, name), 'utf8')));
      if (!parsed.success)
        throw new Error(`${name} is not a valid gold file: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    }),
  );
}
