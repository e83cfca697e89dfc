import { type DateRange, overlaps } from './date-range.js';
import { h } from './dom.js';
import { dateOf } from './format.js';
import type { GraphView } from './types.js';

/** One bar of the strip: a stretch of time and how many of the view's dated nodes may fall in it. */
export interface DateBucket {
  label: string;
  /** First and last day, `YYYY-MM-DD`. */
  from: string;
  to: string;
  count: number;
}

/** Most bars the strip draws: past it, a bar covers several years. */
const MOST_BARS = 40;

/**
 * The view's dated nodes counted by month when they span two years or less, else by year (or by
 * runs of years, so that the strip keeps to MOST_BARS). A fuzzy date counts in every bar it may
 * fall in, as the date filter would keep it there: a meeting dated "2024" counts in each month of
 * 2024. Empty when nothing in the view is dated.
 */
export function dateBuckets(view: GraphView): DateBucket[] {
  const dates = view.nodes.flatMap((node) => dateOf(node.properties) ?? []);
  if (!dates.length) return [];
  const days = dates.flatMap((d) => [d.earliest, d.latest]).sort();
  const first = Number(days[0]?.slice(0, 4));
  const last = Number(days.at(-1)?.slice(0, 4));
  const spans = last - first < 2 ? months(first, last) : years(first, last);
  return spans.map((span) => ({ ...span, count: dates.filter((date) => overlaps(date, span)).length }));
}

function months(first: number, last: number): Omit<DateBucket, 'count'>[] {
  const spans: Omit<DateBucket, 'count'>[] = [];
  for (let year = first; year <= last; year++) {
    for (let month = 1; month <= 12; month++) {
      const mm = String(month).padStart(2, '0');
      const end = new Date(Date.UTC(year, month, 0)).getUTCDate();
      spans.push({ label: `${year}-${mm}`, from: `${year}-${mm}-01`, to: `${year}-${mm}-${end}` });
    }
  }
  return spans;
}

function years(first: number, last: number): Omit<DateBucket, 'count'>[] {
  const step = Math.ceil((last - first + 1) / MOST_BARS);
  const spans: Omit<DateBucket, 'count'>[] = [];
  for (let year = first; year <= last; year += step) {
    const end = Math.min(year + step - 1, last);
    spans.push({
      label: end === year ? `${year}` : `${year}–${end}`,
      from: `${year}-01-01`,
      to: `${end}-12-31`,
    });
  }
  return spans;
}

/** Whether the whole bar lies inside the range the filter keeps. */
export function inside(bucket: DateBucket, range: DateRange): boolean {
  return (!range.from || range.from <= bucket.from) && (!range.to || bucket.to <= range.to);
}

/**
 * The range a press on a bar asks for: that bar alone, or with Shift, from the range already
 * chosen to that bar, so that two presses pick any stretch of the strip.
 */
export function pickedRange(bucket: DateBucket, range: DateRange, extend: boolean): DateRange {
  if (!extend || (!range.from && !range.to)) return { from: bucket.from, to: bucket.to };
  return {
    from: range.from && range.from < bucket.from ? range.from : bucket.from,
    to: range.to && range.to > bucket.to ? range.to : bucket.to,
  };
}

/**
 * The strip under the graph: a bar per stretch of time, as tall as the view's dated nodes in it,
 * pressed where the date filter keeps it. A bar narrows the filter to its stretch (with Shift,
 * widens the stretch chosen to it); "All dates" clears the filter.
 */
export class TimelineStrip {
  /** What the strip shows, so that a change of selection alone draws nothing again. */
  private drawn = '';

  constructor(
    private readonly element: HTMLElement,
    private readonly pick: (range: DateRange) => void,
  ) {}

  update(view: GraphView, range: DateRange): void {
    const buckets = dateBuckets(view);
    const key = JSON.stringify([buckets, range]);
    if (key === this.drawn) return;
    this.drawn = key;
    this.element.hidden = buckets.length === 0;
    const most = Math.max(1, ...buckets.map((b) => b.count));
    const filtered = Boolean(range.from || range.to);
    this.element.replaceChildren(
      ...buckets.map((bucket) =>
        h(
          'button',
          {
            type: 'button',
            class: 'bar',
            'data-from': bucket.from,
            'data-to': bucket.to,
            'aria-pressed': String(filtered && inside(bucket, range)),
            'aria-label': `${bucket.label}: ${bucket.count} dated node${bucket.count === 1 ? '' : 's'}`,
            title: `${bucket.label}: ${bucket.count} (Shift: from the dates chosen to here)`,
            onclick: (event) =>
              this.pick(pickedRange(bucket, range, event instanceof MouseEvent && event.shiftKey)),
          },
          h('span', { class: 'fill', style: `height:${Math.round((100 * bucket.count) / most)}%` }),
        ),
      ),
      h('span', { class: 'ends', 'aria-hidden': 'true' }, buckets[0]?.label, ' … ', buckets.at(-1)?.label),
      h(
        'button',
        { type: 'button', class: 'all', disabled: !filtered, onclick: () => this.pick({}) },
        'All dates',
      ),
    );
  }
}
