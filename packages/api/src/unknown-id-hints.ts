import type { EntityLabel } from '@diplograph/schema';
import { GraphQLError, type GraphQLResolveInfo, responsePathAsArray } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Context } from './context.js';
import { type GivenId, type UnknownId, unknownIds } from './queries/unknown-ids-query.js';

/** The code of a hint about an id that names nothing (or a node of another type). */
export const UNKNOWN_ID = 'UNKNOWN_ID';

/** An id argument, and the types of node it may name; any type when none are given. */
export function given(argument: string, id: string | null | undefined, types: readonly EntityLabel[] = []) {
  return id ? [{ argument, id, types }] : [];
}

/** "a", "a or b", "a, b or c". */
function listed(words: string[]): string {
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : (words[0] ?? '');
}

const article = (word: string) => (/^[AEIOU]/.test(word) ? 'an' : 'a');

function hintMessage(unknown: UnknownId): string {
  const where = `(argument ${unknown.argument})`;
  const wanted = listed([...unknown.types]) || 'node';
  const what = unknown.found
    ? `"${unknown.id}" is ${article(unknown.found)} ${unknown.found}, not ${article(wanted)} ${wanted} ${where}.`
    : `No ${wanted} has id "${unknown.id}" ${where}.`;
  const ids = unknown.suggestions.map((s) => `"${s.id}"`);
  return ids.length ? `${what} Did you mean ${listed(ids)}?` : what;
}

/**
 * Adds a hint to the request's errors for each given id that names no node of the types its
 * argument takes, with the nearest names as suggestions; the field's answer stays as it is. Call
 * it only once the answer came out empty: the lookup is one statement more.
 */
export async function hintUnknownIds(ctx: Context, info: GraphQLResolveInfo, ids: GivenId[]): Promise<void> {
  if (ids.length === 0) return;
  for (const unknown of await unknownIds(ctx.db, ids)) {
    ctx.hints.push(
      new GraphQLError(hintMessage(unknown), {
        path: responsePathAsArray(info.path),
        extensions: {
          code: UNKNOWN_ID,
          argument: unknown.argument,
          id: unknown.id,
          ...(unknown.found ? { foundType: unknown.found } : {}),
          suggestions: unknown.suggestions,
        },
      }),
    );
  }
}

/** Adds the request's hints to the errors of its result, after those of execution. */
export function useHints(): Plugin<Context> {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          const { hints } = args.contextValue;
          if (hints.length === 0 || isAsyncIterable(result)) return;
          setResult({ ...result, errors: [...(result.errors ?? []), ...hints] });
        },
      };
    },
  };
}
