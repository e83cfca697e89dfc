import { DATE_PRECISIONS, type FuzzyDate, isRange } from '@diplograph/schema';
import { builder } from '../builder.js';

export const DatePrecision = builder.enumType('DatePrecision', {
  description: 'The unit a source gives a date in.',
  values: Object.fromEntries(DATE_PRECISIONS.map((p) => [p.toUpperCase(), { value: p }])) as Record<
    Uppercase<(typeof DATE_PRECISIONS)[number]>,
    { value: (typeof DATE_PRECISIONS)[number] }
  >,
});

export const FuzzyDateRef = builder.objectRef<FuzzyDate>('FuzzyDate').implement({
  description:
    'A date as precise as the sources give it: a day, a month, a quarter, a year, or a range of them. ' +
    '`earliest` and `latest` are the first and last calendar days it covers.',
  fields: (t) => ({
    text: t.exposeString('text', {
      description: '`2025-06-25`, `2025-06`, `2025-Q1`, `2018`, or `start/end`.',
    }),
    precision: t.field({ type: DatePrecision, resolve: (d) => d.precision }),
    earliest: t.field({ type: 'Date', resolve: (d) => d.earliest }),
    latest: t.field({ type: 'Date', resolve: (d) => d.latest }),
    isRange: t.boolean({ resolve: (d) => isRange(d) }),
  }),
});

export const DateMatch = builder.enumType('DateMatch', {
  description: 'How an imprecise date is compared with a range.',
  values: {
    OVERLAPS: { description: 'The date may fall in the range: some day it covers is inside.' },
    WITHIN: { description: 'The date certainly falls in the range: every day it covers is inside.' },
  },
});

export const DateRange = builder.inputType('DateRange', {
  description: 'A range of days; either end may be left open.',
  fields: (t) => ({
    from: t.field({ type: 'Date', required: false }),
    to: t.field({ type: 'Date', required: false }),
    match: t.field({ type: DateMatch, required: false, defaultValue: 'OVERLAPS' }),
  }),
});

export interface DateRangeArg {
  from?: string | null;
  to?: string | null;
  match?: 'OVERLAPS' | 'WITHIN' | null;
}
