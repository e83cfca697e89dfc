import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  EVENT_KINDS,
  EVENT_STATUSES,
  ORGANIZATION_KINDS,
  PAGE_SECTIONS,
  PLACE_KINDS,
} from '@diplograph/schema';
import { z } from 'zod';

/** A passage of an article that a proposal rests on. */
export const proposalEvidence = z.strictObject({
  /** Id of the article's Source. */
  source: z.string(),
  file: z.string(),
  /** Offsets of `quote` in the article's text (JavaScript string indices, end exclusive). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string().min(1),
  section: z.enum(PAGE_SECTIONS),
  sentence: z.string(),
});

/** What the reviewer decided; `merged` proposals are in the curated facts already. */
export const DECISIONS = ['pending', 'accepted', 'rejected', 'merged'] as const;

/** A kind of proposal: its own fields between what every proposal has, in the order a reviewer reads. */
function proposalOf<K extends string, F extends z.ZodRawShape>(name: K, fields: F) {
  return z.strictObject({
    /** Stable across runs: the kind and a slug of the name, acronym, or date and place. */
    id: z.string().min(1),
    kind: z.literal(name),
    decision: z.enum(DECISIONS).default('pending'),
    ...fields,
    evidence: z.array(proposalEvidence).min(1),
  });
}

export const proposal = z.discriminatedUnion('kind', [
  proposalOf('person', {
    name: z.string().min(1),
    /** As written next to the name: "directeur de l’immigration". */
    title: z.string().nullable(),
    organization: z.string().nullable(),
  }),
  proposalOf('organization', {
    name: z.string().min(1),
    acronym: z.string().nullable(),
    /** Guessed from the name's first word; correct it before accepting. */
    organizationKind: z.enum(ORGANIZATION_KINDS),
  }),
  proposalOf('acronym', { acronym: z.string().min(1), longForm: z.string().min(1) }),
  proposalOf('place', { name: z.string().min(1), placeKind: z.enum(PLACE_KINDS) }),
  proposalOf('meeting', {
    name: z.string().min(1),
    eventKind: z.enum(EVENT_KINDS),
    eventStatus: z.enum(EVENT_STATUSES),
    /** Canonical fuzzy date: "2025-06-25", "2025-Q1", "2020-03-01/2020-03-02". */
    date: z.string(),
    place: z.string(),
    /** The known Place or Country the place was linked to, if any. */
    placeId: z.string().nullable(),
  }),
]);
export type Proposal = z.infer<typeof proposal>;
export type ProposalKind = Proposal['kind'];
export type ProposalEvidence = z.infer<typeof proposalEvidence>;

export const REVIEW_FORMAT = 'diplograph-review/1';

export const reviewFile = z.strictObject({
  format: z.literal(REVIEW_FORMAT),
  proposals: z.array(proposal),
});
export type ReviewFile = z.infer<typeof reviewFile>;

/** Reads a review file; a missing file is an empty one. Throws when the file is not valid. */
export async function readReviewFile(path: string): Promise<ReviewFile> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { format: REVIEW_FORMAT, proposals: [] };
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = reviewFile.safeParse(json);
  if (!parsed.success)
    throw new Error(`${path} is not a valid review file: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export async function writeReviewFile(path: string, review: ReviewFile): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // Written aside, then renamed: a reviewer's decisions are never left half-written.
  const temporary = `${path}.tmp`;
  await writeFile(temporary, `${JSON.stringify(review, null, 2)}\n`);
  await rename(temporary, path);
}

/**
 * The review file with this run's proposals, keeping the reviewer's work: a proposal already decided
 * stays as the reviewer left it (edits included), and pending ones are replaced by this run's.
 */
export function withProposals(previous: ReviewFile, proposals: Proposal[]): ReviewFile {
  const decided = previous.proposals.filter((p) => p.decision !== 'pending');
  const decidedIds = new Set(decided.map((p) => p.id));
  return {
    format: REVIEW_FORMAT,
    proposals: [...decided, ...proposals.filter((p) => !decidedIds.has(p.id))].sort((a, b) =>
      a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    ),
  };
}
