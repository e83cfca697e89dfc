import {
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  DERIVATIONS,
  EVENT_KINDS,
  EVENT_STATUSES,
  INSTRUMENT_KINDS,
  INSTRUMENT_STATUSES,
  ORGANIZATION_KINDS,
  ORIGINS,
  PARTICIPATION_ROLES,
  PARTY_ROLES,
  PLACE_KINDS,
} from '@diplograph/schema';
import { builder } from '../builder.js';

/** A GraphQL enum over one of the model's vocabularies: `co-chaired` becomes `CO_CHAIRED`. */
function vocabularyEnum<const V extends string>(name: string, values: readonly V[], description: string) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(
      values.map((v) => [v.toUpperCase().replace(/-/g, '_'), { value: v }]),
    ) as Record<string, { value: V }>,
  });
}

export const OrganizationKind = vocabularyEnum(
  'OrganizationKind',
  ORGANIZATION_KINDS,
  'What kind of body an organization is.',
);
export const PlaceKind = vocabularyEnum('PlaceKind', PLACE_KINDS, 'What kind of place.');
export const EventKind = vocabularyEnum('EventKind', EVENT_KINDS, 'What kind of event.');
export const EventStatus = vocabularyEnum(
  'EventStatus',
  EVENT_STATUSES,
  'Whether an event took place or was planned.',
);
export const ParticipationRole = vocabularyEnum(
  'ParticipationRole',
  PARTICIPATION_ROLES,
  'The part an actor played in an event.',
);
export const InstrumentKind = vocabularyEnum('InstrumentKind', INSTRUMENT_KINDS, 'What kind of instrument.');
export const InstrumentStatus = vocabularyEnum(
  'InstrumentStatus',
  INSTRUMENT_STATUSES,
  'How far an instrument has gone.',
);
export const PartyRole = vocabularyEnum(
  'PartyRole',
  PARTY_ROLES,
  'The part an actor played in an instrument.',
);
export const CommitmentKind = vocabularyEnum('CommitmentKind', COMMITMENT_KINDS, 'What kind of commitment.');
export const CommitmentStatus = vocabularyEnum(
  'CommitmentStatus',
  COMMITMENT_STATUSES,
  'How far a commitment has gone, as far as the sources say.',
);
export const Derivation = vocabularyEnum(
  'Derivation',
  DERIVATIONS,
  'How a commitment, instrument or event derives from what it points to.',
);
export const Origin = vocabularyEnum(
  'Origin',
  ORIGINS,
  'Where a fact comes from: a curated fact file, or machine reading of an article.',
);
