import { ACTOR_LABELS } from '@diplograph/schema';
import { builder } from '../builder.js';
import {
  ACTOR_COMMITMENTS,
  ACTOR_EVENTS,
  ACTOR_INSTRUMENTS,
  ORGANIZATION_CONVENED,
} from '../catalogue/relationship-fields.js';
import { dateRangeCondition } from '../compiler/date-condition.js';
import { keysetClause, keysetParams } from '../compiler/keyset.js';
import { badInput, pageRequest, toConnection } from '../pagination.js';
import { NODE_PROJECTION, toRecord } from '../records.js';
import type { CommitmentShape, EventShape, InstrumentShape } from '../shapes.js';
import { given, hintUnknownIds } from '../unknown-id-hints.js';
import { DateRange } from './dates.js';
import { CommitmentRef, EventRef, InstrumentRef } from './refs.js';

const TimelineItem = builder.unionType('TimelineItem', {
  description: 'An event, commitment or instrument placed on a timeline.',
  types: [EventRef, CommitmentRef, InstrumentRef],
  resolveType: (item) => item.__typename,
});

/**
 * What an actor took part in, convened (an organization), committed to or was party to: the
 * catalogue's relationship fields of an actor, each pattern read from parent `p`.
 */
const OF_ACTOR = `CALL (a) {
  ${[ACTOR_EVENTS, ORGANIZATION_CONVENED, ACTOR_COMMITMENTS, ACTOR_INSTRUMENTS]
    .map((spec) => `WITH a AS p MATCH ${spec.pattern} RETURN n`)
    .join('\n  UNION\n  ')}
}`;

builder.queryField('timeline', (t) =>
  t.connection({
    type: TimelineItem,
    description:
      'Events, commitments and instruments of an actor (what it took part in, convened, committed to or ' +
      'was party to), of a theme, or of an actor on a theme, in date order ' +
      '(by the first day each date may cover; undated items last).',
    args: {
      actor: t.arg.id({ required: false }),
      theme: t.arg.id({ required: false }),
      date: t.arg({ type: DateRange, required: false }),
    },
    resolve: async (_root, args, ctx, info) => {
      if (!args.actor && !args.theme) throw badInput('give an actor, a theme, or both');
      const request = pageRequest(args);
      const source = args.actor
        ? `MATCH (a:Entity {id: $actor}) ${OF_ACTOR}
${args.theme ? 'WITH n WHERE EXISTS { MATCH (n)-[:ON_THEME]->(:Theme {id: $theme}) }' : ''}`
        : 'MATCH (:Theme {id: $theme})<-[:ON_THEME]-(n)';
      const items = `${source}
WITH DISTINCT n
${args.date ? `WHERE ${dateRangeCondition('n', 'date', '$date')}` : ''}`;
      const query = `${items}
WITH n, coalesce(toString(n.dateEarliest), '9999-12-31') AS k
${keysetClause({ key: 'k', tiebreak: 'n.id' }, request)}
RETURN k, ${NODE_PROJECTION('n')} AS node`;
      const params = {
        actor: args.actor ?? null,
        theme: args.theme ?? null,
        date: args.date ?? null,
        ...keysetParams(request),
      };
      const rows = await ctx.db.read<{ k: string; node: Record<string, unknown> }>(query, params);
      const page = rows.map((row) => {
        // The statement matches only events, commitments and instruments.
        const node = toRecord(row.node) as EventShape | CommitmentShape | InstrumentShape;
        return { k: row.k, id: node.id, value: { node } };
      });
      if (page.length === 0)
        await hintUnknownIds(ctx, info, [
          ...given('actor', args.actor, ACTOR_LABELS),
          ...given('theme', args.theme, ['Theme']),
        ]);
      return {
        ...toConnection(page, request),
        totalCount: async () => {
          const [row] = await ctx.db.read<{ total: number }>(`${items} RETURN count(n) AS total`, params);
          return row?.total ?? 0;
        },
      };
    },
  }),
);
