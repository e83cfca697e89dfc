import { foldKeepingOffsets, type PageSection } from '@diplograph/schema';
import type { Region } from '../text/region.js';
import { splitSentences } from '../text/sentences.js';

/** A sentence of the article's title, body or a caption, with offsets into the article's text. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** The text folded for matching (see `foldKeepingOffsets`): same length, same offsets. */
  folded: string;
  section: PageSection;
  /** Line of the file the sentence is on, from 1: sentences on one line make a paragraph. */
  line: number;
}

/**
 * Sections that tell the story. Bylines and datelines name the publication and its author, and
 * noise belongs to other pages: nothing is linked or proposed from them.
 */
const STORY_SECTIONS: ReadonlySet<string> = new Set(['title', 'body', 'caption']);

/** The sentences of the title, body and captions of an article, in text order. */
export function storySentences(article: { text: string; regions: Region[] }): Sentence[] {
  const { text } = article;
  const sentences: Sentence[] = [];
  let line = 1;
  let counted = 0;
  for (const region of article.regions) {
    if (!STORY_SECTIONS.has(region.kind)) continue;
    const regionText = text.slice(region.start, region.end);
    const folded = foldKeepingOffsets(regionText);
    for (const span of splitSentences(regionText)) {
      const start = region.start + span.start;
      for (; counted < start; counted++) if (text.charCodeAt(counted) === 10) line++;
      sentences.push({
        start,
        end: region.start + span.end,
        text: regionText.slice(span.start, span.end),
        folded: folded.slice(span.start, span.end),
        section: region.kind as PageSection,
        line,
      });
    }
  }
  return sentences;
}
