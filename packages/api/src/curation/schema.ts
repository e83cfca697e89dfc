import { CORRECTABLE_FIELDS, type CorrectableField, DECISION_KINDS, type Decision } from '@diplograph/schema';
import { GraphQLError } from 'graphql';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { given, hintUnknownIds } from '../unknown-id-hints.js';
import { type DecisionRequest, decide } from './decide.js';
import { relationshipFact } from './fact-ids.js';
import { ENTITY_ID, MERGED_INTO, NODE_REVIEW, RELATIONSHIP_REVIEW } from './statements.js';

/** `made-at` or `madeAt` becomes `MADE_AT`. */
const upper = (v: string) =>
  v
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toUpperCase();

const DecisionKindEnum = builder.enumType('DecisionKind', {
  description: 'What a curator decided about a machine-read fact.',
  values: Object.fromEntries(DECISION_KINDS.map((v) => [upper(v), { value: v }])),
});

const CorrectableFieldEnum = builder.enumType('CorrectableField', {
  description:
    "The field a correction changes: a participation's role, a date (with its precision), the meeting a commitment was made at.",
  values: Object.fromEntries(CORRECTABLE_FIELDS.map((v) => [upper(v), { value: v }])) as Record<
    string,
    { value: CorrectableField }
  >,
});

const PassageRef = builder.objectRef<Decision['passages'][number]>('DecidedPassage').implement({
  description: 'A passage a decision was made against: its source and offsets.',
  fields: (t) => ({
    source: t.exposeID('source'),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
  }),
});

const DecisionRef = builder.objectRef<Decision>('Decision').implement({
  description: "A curator's decision about a machine-read fact, as the decisions log keeps it.",
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.exposeString('at', { description: 'When, ISO 8601 in UTC.' }),
    curator: t.exposeString('curator'),
    kind: t.field({ type: DecisionKindEnum, resolve: (d) => d.kind }),
    fact: t.exposeID('fact', {
      description: 'The fact decided about; for a merge, the entity merged away; for a link, the mention.',
    }),
    field: t.field({ type: CorrectableFieldEnum, nullable: true, resolve: (d) => d.field }),
    before: t.exposeString('before', { nullable: true, description: 'The value it replaced, as text.' }),
    after: t.exposeString('after', { nullable: true, description: 'The value it set, as text.' }),
    reason: t.exposeString('reason'),
    passages: t.field({ type: [PassageRef], resolve: (d) => d.passages }),
    digest: t.exposeString('digest', { description: "sha256 of the passages' words when decided." }),
    previous: t.exposeID('previous', {
      nullable: true,
      description: 'The decision about the same fact it was made over.',
    }),
  }),
});

interface FactReview {
  fact: string;
  decision: string | null;
  review: string | null;
  origin: string | null;
}

const FactReviewRef = builder.objectRef<FactReview>('FactReview').implement({
  description: 'Where the review of a fact stands.',
  fields: (t) => ({
    fact: t.exposeID('fact'),
    decision: t.exposeID('decision', {
      nullable: true,
      description: 'Its last decision: the version a curator names in `expectedDecision` to decide it.',
    }),
    review: t.exposeString('review', {
      nullable: true,
      description: '`accepted` or `corrected` once a curator decided it; null before.',
    }),
  }),
});

// ---------------------------------------------------------------------------------------------
// Audit and review state: readable by anyone, as the exported decisions are.

builder.queryFields((t) => ({
  decisions: t.field({
    type: [DecisionRef],
    description:
      "The curators' decisions in the order made, from the decisions log: by curator, by fact, by day.",
    args: {
      curator: t.arg.string(),
      fact: t.arg.id(),
      from: t.arg({ type: 'Date', description: 'First day, in UTC.' }),
      to: t.arg({ type: 'Date', description: 'Last day, in UTC.' }),
    },
    resolve: async (_root, args, ctx) => {
      const { decisions } = await ctx.curation.log.read();
      return decisions.filter(
        (d) =>
          (!args.curator || d.curator === args.curator) &&
          (!args.fact || d.fact === args.fact) &&
          (!args.from || d.at.slice(0, 10) >= args.from) &&
          (!args.to || d.at.slice(0, 10) <= args.to),
      );
    },
  }),
  factReview: t.field({
    type: FactReviewRef,
    nullable: true,
    description: 'The review state and version of a node or relationship; null when no such fact.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx, info) => {
      const relationship = relationshipFact(id);
      const rows = relationship
        ? await ctx.db.read<Omit<FactReview, 'fact'>>(RELATIONSHIP_REVIEW[relationship.type], {
            id,
            from: relationship.from,
          })
        : await ctx.db.read<Omit<FactReview, 'fact'>>(NODE_REVIEW, { id });
      if (rows[0]) return { fact: id, ...rows[0] };
      // Names can tell what a node id was meant to be, not a relationship's.
      if (!relationship) await hintUnknownIds(ctx, info, given('id', id));
      return null;
    },
  }),
  resolveId: t.id({
    nullable: true,
    description: 'The entity an id names now: itself, or the entity it was merged into; null when none.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx, info) => {
      const found =
        (await ctx.db.read<{ id: string }>(ENTITY_ID, { id }))[0] ??
        (await ctx.db.read<{ id: string }>(MERGED_INTO, { id }))[0];
      if (!found) await hintUnknownIds(ctx, info, given('id', id));
      return found?.id ?? null;
    },
  }),
}));

// ---------------------------------------------------------------------------------------------
// Decisions: only in the schema a curator's token opens (see curation/schemas.ts).

builder.mutationType({
  description: "A curator's decisions about machine-read facts (Authorization: Bearer <token>).",
});

function decideAs(ctx: Context, request: DecisionRequest): Promise<Decision> {
  const curator = ctx.curation.curator;
  if (!curator) {
    throw new GraphQLError('only a curator may decide', { extensions: { code: 'FORBIDDEN' } });
  }
  return decide(ctx.db, ctx.curation.log, curator, request);
}

/** The fact, reason and version of a decision, as a mutation's arguments give them. */
function verdict(a: { fact: string; reason: string; expectedDecision?: string | null }) {
  return { fact: a.fact, reason: a.reason, expected: a.expectedDecision ?? null };
}

builder.mutationFields((t) => {
  const common = {
    reason: t.arg.string({ required: true, description: 'Why: kept with the decision.' }),
    expectedDecision: t.arg.id({
      description:
        "The fact's last decision as the curator saw it (FactReview.decision); none for a fact not decided yet. A fact decided meanwhile refuses the decision (CONFLICT).",
    }),
  };
  return {
    acceptFact: t.field({
      type: DecisionRef,
      description: 'Accepts a machine-read node or relationship as read.',
      args: { fact: t.arg.id({ required: true }), ...common },
      resolve: (_root, a, ctx) => decideAs(ctx, { kind: 'accept', ...verdict(a) }),
    }),
    rejectFact: t.field({
      type: DecisionRef,
      description:
        'Rejects a machine-read node (with its relationships) or relationship: it leaves the graph.',
      args: { fact: t.arg.id({ required: true }), ...common },
      resolve: (_root, a, ctx) => decideAs(ctx, { kind: 'reject', ...verdict(a) }),
    }),
    correctFact: t.field({
      type: DecisionRef,
      description:
        'Corrects one field: ROLE of a participation (`co-chaired`), DATE of a meeting, document or commitment (`2025-06-25`, `2025-06`, `2025-Q1`, `2025`), MADE_AT of a commitment (an Event id).',
      args: {
        fact: t.arg.id({ required: true }),
        field: t.arg({ type: CorrectableFieldEnum, required: true }),
        value: t.arg.string({ required: true }),
        ...common,
      },
      resolve: (_root, a, ctx) =>
        decideAs(ctx, { kind: 'correct', ...verdict(a), field: a.field, after: a.value }),
    }),
    mergeEntities: t.field({
      type: DecisionRef,
      description:
        'Merges a machine-read entity into another of the same kind: its relationships move there, and its id resolves to the one kept (resolveId).',
      args: { merge: t.arg.id({ required: true }), into: t.arg.id({ required: true }), ...common },
      resolve: (_root, a, ctx) =>
        decideAs(ctx, { kind: 'merge', ...verdict({ ...a, fact: a.merge }), after: a.into }),
    }),
    linkMention: t.field({
      type: DecisionRef,
      description: 'Links a mention (a MENTIONS relationship) to another entity.',
      args: { mention: t.arg.id({ required: true }), to: t.arg.id({ required: true }), ...common },
      resolve: (_root, a, ctx) =>
        decideAs(ctx, { kind: 'link', ...verdict({ ...a, fact: a.mention }), after: a.to }),
    }),
  };
});
