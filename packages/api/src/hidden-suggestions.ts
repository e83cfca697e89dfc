import type { Plugin } from 'graphql-yoga';

/** Every form graphql-js gives its hints: `Did you mean "x"?`, `... the enum value "x" or "y"?`, `... to use an inline fragment on "x"?`. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Takes the "Did you mean ...?" hints out of every error message. With introspection off they
 * would tell the schema piece by piece: a misspelt enum value in a document or in variables
 * (`types: [Persn]`) answers with the values that exist.
 */
export function useHiddenSuggestions(): Plugin {
  return {
    onResultProcess({ result }) {
      for (const one of Array.isArray(result) ? result : [result]) {
        if (!('errors' in one)) continue;
        for (const error of one.errors ?? []) {
          // Only when there is a hint to take out: graphql-jit's execution errors have a
          // read-only message, and never a hint.
          const message = error.message.replace(SUGGESTION, '');
          if (message !== error.message) error.message = message;
        }
      }
    },
  };
}
