import { GraphQLError } from 'graphql';

/** Relay connection arguments. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** A position in a sorted list: the sort key and the id that breaks ties. */
export interface Cursor {
  k: string | number | null;
  id: string;
}

/** What to fetch: one more item than the page size tells whether another page follows. */
export interface PageRequest {
  size: number;
  cursor: Cursor | null;
  /** Paging backwards (last/before): fetch in reverse order, then flip. */
  inverted: boolean;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export function pageRequest(args: PageArgs, maxSize = MAX_PAGE_SIZE): PageRequest {
  if (args.first != null && args.last != null) throw badInput('give either first or last, not both');
  const inverted = args.last != null || (args.before != null && args.first == null);
  const size = (inverted ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  if (size < 0) throw badInput('first and last cannot be negative');
  if (size > maxSize) throw badInput(`first and last are limited to ${maxSize}`);
  const raw = inverted ? args.before : args.after;
  return { size, cursor: raw ? decodeCursor(raw) : null, inverted };
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.k, cursor.id])).toString('base64url');
}

export function decodeCursor(text: string): Cursor {
  try {
    const [k, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof id === 'string' && (k === null || typeof k === 'string' || typeof k === 'number'))
      return { k, id };
  } catch {
    // fall through to the error below
  }
  throw badInput('invalid cursor: use a cursor returned by this connection');
}

/** An item fetched for a page, with its sort key. */
export interface PageItem<T> {
  k: string | number | null;
  id: string;
  value: T;
}

export interface Connection<T> {
  edges: (T & { cursor: string })[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

/** Builds a Relay connection from size+1 fetched items. */
export function toConnection<T extends object>(items: PageItem<T>[], request: PageRequest): Connection<T> {
  const more = items.length > request.size;
  const page = items.slice(0, request.size);
  if (request.inverted) page.reverse();
  const edges = page.map((item) => Object.assign(new PageEdge(item), item.value));
  return {
    edges,
    pageInfo: new PageInfo(
      edges,
      request.inverted ? request.cursor !== null : more,
      request.inverted ? more : request.cursor !== null,
    ),
  };
}

/** Where an edge keeps its item: a symbol, which no value's key can be. */
const ITEM = Symbol('item');

/**
 * An edge, with its item's value assigned to it, and its cursor, encoded only when asked (most
 * queries ask for none, of hundreds of edges). A class, so that the getter is its prototype's,
 * not a closure per edge; the item is a property, not a private field, so that an object made
 * from the edge (`withParent`) still reads it.
 */
class PageEdge<T> {
  readonly [ITEM]: PageItem<T>;

  constructor(item: PageItem<T>) {
    this[ITEM] = item;
  }

  get cursor(): string {
    return encodeCursor(this[ITEM]);
  }
}

/** A page's info, whose cursors, like its edges', are encoded only when asked. */
class PageInfo {
  constructor(
    private readonly edges: readonly { cursor: string }[],
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
  ) {}

  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }

  get endCursor(): string | null {
    return this.edges.at(-1)?.cursor ?? null;
  }
}

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** A whole-number argument within its range, or a BAD_USER_INPUT error naming it and the range. */
export function inRange(name: string, value: number, min: number, max: number): number {
  if (value < min || value > max) throw badInput(`${name} must be between ${min} and ${max}`);
  return value;
}
