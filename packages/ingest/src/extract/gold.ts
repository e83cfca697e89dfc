import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DATE_PRECISIONS } from '@diplograph/schema';
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

/** Reads every gold file (`*.yaml`) of a folder. Throws when one is not valid. */
export async function readGold(dir: string): Promise<GoldFile[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.yaml')).sort();
  return Promise.all(
    names.map(async (name) => {
      const parsed = goldFile.safeParse(parse(await readFile(join(dir, name), 'utf8')));
      if (!parsed.success)
        throw new Error(`${name} is not a valid gold file: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    }),
  );
}
