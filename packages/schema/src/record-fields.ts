import { z } from 'zod';

/** What every node stores. */
export const node = {
  id: z.string(),
  /** Display name: a name, a post's title, a commitment's summary, an article's headline. */
  name: z.string(),
  description: z.string().nullable(),
};
export const aliases = z.array(z.string());
