import type { ORIGINS } from '@diplograph/schema';
import { reads } from '../compiler/projection.js';
import type { Types } from '../types.js';
import { Origin } from './vocabulary.js';

type OriginValue = (typeof ORIGINS)[number];
const originOf = (props: Record<string, unknown>): OriginValue =>
  props.origin === 'machine' ? 'machine' : 'curated';
const confidenceOf = (props: Record<string, unknown>) =>
  props.origin === 'machine' && typeof props.confidence === 'number' ? props.confidence : null;

/**
 * `origin` and `confidence` fields for a node or relationship, read from its stored properties
 * (facts without an origin are curated: curated rows carry none).
 */
export function provenanceFields<Parent extends object>(
  t:
    | PothosSchemaTypes.ObjectFieldBuilder<Types, Parent>
    | PothosSchemaTypes.InterfaceFieldBuilder<Types, Parent>,
  props: (parent: Parent) => Record<string, unknown>,
) {
  return {
    origin: t.field({
      type: Origin,
      description: 'CURATED for a fact of the fact files, MACHINE for one read from an article by machine.',
      resolve: (parent) => originOf(props(parent)),
    }),
    confidence: t.float({
      nullable: true,
      description: 'How sure machine reading is of a machine-read fact, from 0 to 1; null for curated facts.',
      extensions: reads('origin', 'confidence'),
      resolve: (parent) => confidenceOf(props(parent)),
    }),
  };
}
