import { type FieldNode, Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../schema/index.js';
import { selectedProperties } from './projection.js';

/** The properties planned for the nodes of a query's root field. */
function rootProperties(query: string) {
  const document = parse(query);
  const [operation] = document.definitions;
  if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error('not an operation');
  const field = operation.selectionSet.selections[0] as FieldNode;
  const root = schema.getQueryType()?.getFields()[field.name.value];
  if (!root) throw new Error(`no root field ${field.name.value}`);
  return selectedProperties({ fieldNodes: [field], fragments: {} }, root.type, schema)?.sort();
}

describe('the properties a statement projects', () => {
  it('are the id and the properties the query reads, by the names of its fields', () => {
    expect(rootProperties('{ events(first: 5) { nodes { name kind } } }')).toEqual(['id', 'kind', 'name']);
  });

  it('follow a field that exposes a property of another name', () => {
    expect(rootProperties('{ commitments(first: 5) { nodes { summary } } }')).toEqual(['id', 'name']);
  });

  it('include what a field declares it reads under other names', () => {
    expect(rootProperties('{ events(first: 5) { edges { node { confidence } } } }')).toEqual([
      'confidence',
      'id',
      'origin',
    ]);
  });

  it('include what the edges of the nodes’ own connections read of them, as their other end', () => {
    const query = '{ events(first: 5) { nodes { participants { edges { heldPost { id } } } } } }';
    expect(rootProperties(query)).toEqual(['date', 'id']);
  });
});
