import { HOLDERS_OF_POST } from '../catalogue/relationship-fields.js';
import { type Filter, pageBody, plainPage, type RawItem } from '../compiler/page-statement.js';
import type { Context } from '../context.js';
import { NODE_PROJECTION, toRecord } from '../records.js';
import type { PostShape } from '../shapes.js';
import { searchClauses } from './search-query.js';

/** The one page of holdings a person's posts or a post's holders are read in: they are few. */
export const HOLDINGS_PAGE = plainPage({ size: 100, cursor: null, inverted: false });

/** Holdings on a day: those the sources establish then, and with `includePossible` those they leave possible. */
export function holdingsFilter(at: string | null | undefined, includePossible: boolean): Filter {
  return at ? (includePossible ? { possibleAt: at } : { at }) : {};
}

/**
 * The posts whose title matches what was typed (the 5 best, then only those of `country` if one
 * is given), each with its page of holders for `filter`, in one statement. The pages prime the
 * edge loaders, where `holdingsOf` finds them.
 */
export async function postsByTitle(
  ctx: Context,
  title: string,
  country: string | null | undefined,
  filter: Filter,
): Promise<PostShape[]> {
  const ranked = searchClauses(title, ['Post'], 5);
  if (!ranked) return [];
  const params: Record<string, unknown> = { ...ranked.params, country: country ?? null };
  const rows = await ctx.db.read<{ post: Record<string, unknown>; items: RawItem[] }>(
    `${ranked.clauses}
WITH node AS p, score, exact
WHERE $country IS NULL OR EXISTS { (p)-[:OF_COUNTRY]->(:Country {id: $country}) }
CALL (p) {
  ${pageBody(HOLDERS_OF_POST, filter, HOLDINGS_PAGE, '_holders', params)}
}
RETURN ${NODE_PROJECTION('p')} AS post, items
ORDER BY exact DESC, score DESC, p.id`,
    params,
  );
  return rows.map((row) => {
    const post = toRecord(row.post);
    ctx.loaders.edges.primePage(HOLDERS_OF_POST, post.id, HOLDINGS_PAGE, filter, row.items);
    return post as PostShape;
  });
}
