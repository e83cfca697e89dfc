import { z } from 'zod';
import { ORGANIZATION_KINDS } from '../vocabulary.js';
import { dateInput, entityBase, ref } from './common.js';

const names = {
  name: z.string().min(1),
  /** Other spellings, short forms and accent or case variants that sources use. */
  aliases: z.array(z.string().min(1)).default([]),
};

export const countryInput = z.strictObject({ ...entityBase, ...names });

export const personInput = z.strictObject({
  ...entityBase,
  ...names,
  /** The country the person serves or represents. */
  country: ref.optional(),
});

export const organizationInput = z.strictObject({
  ...entityBase,
  ...names,
  kind: z.enum(ORGANIZATION_KINDS),
  acronym: z.string().optional(),
  country: ref.optional(),
  partOf: ref.optional(),
  /** Countries or bodies that belong to this organization. */
  members: z.array(ref).default([]),
  founded: dateInput.optional(),
});

export type CountryInput = z.infer<typeof countryInput>;
export type PersonInput = z.infer<typeof personInput>;
export type OrganizationInput = z.infer<typeof organizationInput>;
