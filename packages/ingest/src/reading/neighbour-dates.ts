import type { FuzzyDate } from '@diplograph/schema';
import { type ActorRef, type ArticleContext, actorsIn, inside, sameActor } from './context.js';

/** What of a meeting reading the date is borrowed for (meetings.ts's `MeetingReading`). */
interface UndatedMeeting {
  date: FuzzyDate | null;
  status: 'held' | 'planned';
  sentences: number[];
  participants: Array<{ actor: ActorRef }>;
}

/** A blank line between two sentences: they are in different paragraphs. */
const PARAGRAPH_BREAK = /\n\s*\n/;

/**
 * "X a déclaré vendredi que ... « ... », a déclaré X après sa rencontre avec Y": a held meeting
 * its own sentences do not date took place on the day the sentence just before, in the same
 * paragraph, gives one of its participants for what they did, when that sentence gives one date
 * and it is told against the publication (a weekday, "hier", "le 3 octobre dernier"): news dates
 * what it reports by the day it happened. A sentence that reports another meeting lends nothing,
 * nor does one that gives a date of its own ("en 2022"), which may be anything's.
 */
export function dateFromSentenceBefore(ctx: ArticleContext, meetings: UndatedMeeting[]): void {
  for (const m of meetings) {
    const first = ctx.sentences[m.sentences[0] ?? -1];
    const before = first && ctx.sentences[first.index - 1];
    if (m.date || m.status !== 'held' || !first || !before || before.section !== first.section) continue;
    if (PARAGRAPH_BREAK.test(ctx.text.slice(before.end, first.start))) continue;
    if (meetings.some((o) => o.sentences.includes(before.index))) continue;
    const [date, ...more] = ctx.dates.filter((d) => inside(before, d));
    if (!date || more.length > 0 || !date.relative) continue;
    const named = actorsIn(ctx, before);
    if (m.participants.some((p) => named.some((a) => sameActor(a.actor, p.actor)))) m.date = date.date;
  }
}
