import { useGraphQlJit } from '@envelop/graphql-jit';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Executes documents with graphql-jit: each document is compiled once into a function that
 * completes its items without graphql-js's generic walk over the schema, which took most of the
 * API's own time on pages of hundreds of items (BENCHMARKS.md).
 *
 * Only for `schema`, the public one: the compiled plans are cached by document, and a curator's
 * schema (with the decisions' mutations) must not be answered with a plan compiled for the other,
 * nor the other way round. Must come before the plugins that wrap execution (admission), which
 * wrap whatever execution is set when their turn comes.
 */
export function useJit(schema: GraphQLSchema) {
  return [useGraphQlJit({}, { enableIf: (args) => args.schema === schema }), useRequestErrors(schema)];
}

function useRequestErrors(schema: GraphQLSchema): Plugin {
  return {
    onExecute({ args }) {
      if (args.schema !== schema) return;
      return {
        onExecuteDone({ result, setResult }) {
          // A result without data is a request error (variables that do not coerce): graphql-js's
          // executor marks those 400, graphql-jit does not. Its errors are read-only: new ones.
          if (!('errors' in result) || 'data' in result || !result.errors) return;
          setResult({
            ...result,
            errors: result.errors.map((error) =>
              error.extensions?.http
                ? error
                : new GraphQLError(error.message, {
                    extensions: { ...error.extensions, http: { status: 400 } },
                  }),
            ),
          });
        },
      };
    },
  };
}
