/**
 * How many of each kind a synthetic graph of about `nodes` nodes holds. One "meeting unit" (an
 * event, its two commitments and their six quoted passages) makes about ten nodes; hubs and
 * profiles grow more slowly, so that a bigger graph has bigger hubs, as real ones do.
 */
export interface Shape {
  events: number;
  countries: number;
  themes: number;
  cities: number;
  ministries: number;
  people: number;
  instruments: number;
}

/** Events per instrument: each instrument roots the derivation chains of its 40 commitments. */
export const EVENTS_PER_INSTRUMENT = 20;
/** Events per news article; each article also recalls the events of the one before. */
export const EVENTS_PER_ARTICLE = 4;
/** Events of one series, each continuing the one before. */
export const SERIES_LENGTH = 10;
/** Longest chain of commitments, each following up the one before. */
export const CHAIN_LENGTH = 6;
export const POSTS_PER_MINISTRY = 3;
export const HOLDERS_PER_POST = 4;

export function shapeFor(nodes: number): Shape {
  const events = Math.max(40, Math.round(nodes / 10.3));
  return {
    events,
    countries: 20,
    themes: 12,
    cities: Math.max(4, Math.ceil(events / 200)),
    ministries: Math.max(3, Math.ceil(events / 100)),
    people: Math.max(12, Math.ceil(events / 10)),
    instruments: Math.ceil(events / EVENTS_PER_INSTRUMENT),
  };
}

/** "1k", "100k", "1m" or a plain number. */
export function parseScale(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match) throw new Error(`not a scale: "${text}" (use e.g. 1k, 100k, 1m)`);
  const unit = match[2]?.toLowerCase() === 'm' ? 1_000_000 : match[2]?.toLowerCase() === 'k' ? 1_000 : 1;
  return Math.round(Number(match[1]) * unit);
}
