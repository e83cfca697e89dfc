import { foldKeepingOffsets } from '@diplograph/schema';
import type { Sentence } from '../story.js';

/** A body sentence of one line, as `story.ts` would cut it, for the proposal finders' tests. */
export const sentence = (text: string, start = 0): Sentence => ({
  start,
  end: start + text.length,
  text,
  folded: foldKeepingOffsets(text),
  section: 'body',
  line: 1,
});
