import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import { Kind, valueFromASTUntyped } from 'graphql';
import type { Context } from './context.js';
import { given, hintUnknownIds } from './unknown-id-hints.js';

/**
 * The schema builder. Ids are the graph's own readable ids ("khalid-zerouali"): they are unique
 * across all types already, so they serve as Relay global ids unchanged.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    ID: { Input: string; Output: string };
    Date: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
  };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Connection: { totalCount: () => Promise<number> };
}>({
  plugins: [RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    encodeGlobalID: (_typename, id) => String(id),
    decodeGlobalID: (globalID) => ({ typename: 'Node', id: globalID }),
    nodesOnConnection: true,
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    nodeQueryOptions: {
      description: 'Any node of the graph by its id.',
      resolve: async (_root, { id }, ctx, info) => {
        const node = await ctx.loaders.nodes.load(id.id, info);
        if (!node) await hintUnknownIds(ctx, info, given('id', id.id));
        return node;
      },
    },
    nodesQueryOptions: {
      description: 'Nodes by id, in the order asked; null where an id is unknown.',
      resolve: async (_root, { ids }, ctx, info) => {
        const nodes = await ctx.loaders.nodes.loadMany(
          ids.map((id) => id.id),
          info,
        );
        const unknown = ids.filter((_, i) => nodes[i] === null);
        await hintUnknownIds(
          ctx,
          info,
          unknown.flatMap((id) => given('ids', id.id)),
        );
        return nodes;
      },
    },
  },
});

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DAY.test(value) || Number.isNaN(Date.parse(value))) {
    throw new TypeError('a Date is a calendar day written YYYY-MM-DD');
  }
  if (new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new TypeError(`${value} is not a day of the calendar`);
  }
  return value;
}

// Literals are parsed by functions of one parameter: graphql-jit, which runs the public schema,
// takes a second one (variables inside a literal) as something it does not support, and says so
// on every request.
builder.scalarType('Date', {
  description: 'A calendar day, `YYYY-MM-DD`.',
  serialize: (value) => String(value),
  parseValue: parseDay,
  parseLiteral: (node) => parseDay(node.kind === Kind.STRING ? node.value : undefined),
});

builder.scalarType('JSON', {
  description: 'Any JSON value: used for the generic properties of graph views.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (node) => valueFromASTUntyped(node),
});

builder.queryType({ description: 'Questions an analyst can ask of the graph.' });
