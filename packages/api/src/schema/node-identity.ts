import type { EntityLabel } from '@diplograph/schema';

/**
 * What every node type declares alike: its global id is the node's own, and a record tells its
 * type by `__typename` (records.ts sets it from the label).
 */
export function nodeIdentity(label: EntityLabel) {
  return {
    id: { resolve: (record: { id: string }) => record.id },
    isTypeOf: (value: unknown) =>
      typeof value === 'object' && value !== null && '__typename' in value && value.__typename === label,
  };
}
