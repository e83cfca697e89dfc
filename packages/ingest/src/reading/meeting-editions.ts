import type { FuzzyDate } from '@diplograph/schema';
import { type ArticleContext, inside } from './context.js';
import type { ParsedSentence } from './parsed.js';

/** One edition of a recurring meeting: where and in which year. */
export interface Edition {
  place: string;
  date: FuzzyDate;
  /** The place's name and its year, "Paris (2008)": the edition's evidence. */
  start: number;
  end: number;
}

const YEAR = /^(?:19|20)\d{2}$/;

/**
 * The editions a sentence lists as places each followed by its year in brackets ("se sont
 * déroulées à Paris (2008), Dakar (2011) et Rome (2014)"): a meeting held in turn in several
 * places, one edition per place. Two such places at least make a list; one alone is a place's
 * aside, not an edition.
 */
export function editionsIn(ctx: ArticleContext, sentence: ParsedSentence): Edition[] {
  const span = { start: sentence.start, end: sentence.end };
  const editions: Edition[] = [];
  for (const place of ctx.places)
    for (const m of place.mentions) {
      if (!inside(span, m)) continue;
      const after = sentence.words.filter((w) => w.start >= m.end).slice(0, 3);
      const [open, year, close] = after;
      if (open?.text !== '(' || close?.text !== ')' || !year || !YEAR.test(year.text)) continue;
      editions.push({
        place: place.name,
        date: {
          text: year.text,
          precision: 'year',
          earliest: `${year.text}-01-01`,
          latest: `${year.text}-12-31`,
        },
        start: m.start,
        end: close.end,
      });
    }
  return editions.length >= 2 ? editions.sort((a, b) => a.start - b.start) : [];
}
