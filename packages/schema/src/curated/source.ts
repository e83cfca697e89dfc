import { z } from 'zod';
import { dateInput, id } from './common.js';

/**
 * What is known of an article beyond its text. It comes from a sidecar file next to the article
 * (`<name>.json`) or from a curated entry.
 */
export const sourceMetadataInput = z.strictObject({
  title: z.string().optional(),
  publisher: z.string().optional(),
  author: z.string().optional(),
  /** Publication date when the page does not show it or shows it wrongly. */
  published: dateInput.optional(),
  language: z.string().length(2).default('fr'),
  url: z.url().optional(),
});

/**
 * Curated metadata for an article of the corpus folder. Articles without an entry are still
 * ingested, with what the page itself shows.
 */
export const sourceInput = sourceMetadataInput.extend({
  id,
  /** File name inside the corpus folder. */
  file: z.string().regex(/^[^/\\]+\.txt$/, 'a file name in the corpus folder, ending in .txt'),
});
export type SourceMetadataInput = z.infer<typeof sourceMetadataInput>;
export type SourceInput = z.infer<typeof sourceInput>;
