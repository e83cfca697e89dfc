/**
 * Where one item machine reading found is in its article's reading: the list it is in and its
 * index there (a participant by its meeting's index and its own, a meeting's place by its
 * meeting's). Evaluation uses it to find the item a curator's decision about a fact is about.
 */
export type ReadItem =
  | { list: 'people' | 'organizations' | 'places' | 'meetings' | 'documents' | 'commitments'; index: number }
  | { list: 'participants'; meeting: number; index: number }
  | { list: 'meetingPlace'; meeting: number };

/** A read item of one article, named by the article's Source id. */
export interface ReadItemAt {
  sourceId: string;
  item: ReadItem;
}

/** The read items each machine-read fact (node or relationship, by id) was made from. */
export type ReadItemsOfFacts = ReadonlyMap<string, readonly ReadItemAt[]>;

/** A read item's key within its article: `meetings/2`, `participants/2/0`. */
export function readItemKey(item: ReadItem): string {
  if (item.list === 'participants') return `participants/${item.meeting}/${item.index}`;
  if (item.list === 'meetingPlace') return `meetingPlace/${item.meeting}`;
  return `${item.list}/${item.index}`;
}
