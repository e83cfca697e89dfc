import { articlePassage } from './article-passage.js';
import { h } from './dom.js';
import { counted, formatWord } from './format.js';
import { list, nodeButton, type Open, section, typeBadge } from './panel-parts.js';
import { describeProvenance } from './provenance.js';
import type { CorrectableField, DecisionInput, MergeCandidate, ReviewItem } from './types.js';

/** Where the review stands: the fact shown, its place in the queue, and whether the reader may decide. */
export interface ReviewView {
  position: number;
  total: number;
  item: ReviewItem | null;
  candidates: MergeCandidate[];
  curator: boolean;
  /** The type of fact the queue is narrowed to ('' for all): a value of REVIEW_FILTERS. */
  filter: string;
}

/** What the queue can be narrowed to: node types, or a relationship type. */
export const REVIEW_FILTERS: Record<string, string> = {
  '': 'All facts',
  Event: 'Meetings',
  PARTICIPATED_IN: 'Participations',
  Commitment: 'Commitments',
  Instrument: 'Documents',
  Person: 'People',
  Organization: 'Organizations',
  Place: 'Places',
};

export interface ReviewActions {
  open: Open;
  decide(decision: DecisionInput): void;
  next(): void;
  close(): void;
  narrow(filter: string): void;
}

/** Node types whose date a correction may change. */
const DATED = new Set(['Event', 'Instrument', 'Commitment']);

/**
 * The review panel: the fact, how sure machine reading is and how much rests on it, its passages
 * marked in their articles, the entities it may duplicate, and, for a curator, the decisions.
 */
export function reviewPanel(view: ReviewView, actions: ReviewActions): HTMLElement[] {
  const heading = h(
    'header',
    { class: 'title' },
    h('h2', { id: 'review-title', tabindex: '-1' }, 'Review queue'),
    h(
      'p',
      { class: 'review-position' },
      view.item
        ? `Fact ${view.position + 1} of ${view.total} waiting`
        : view.total
          ? `The end of the queue: ${counted(view.total, 'fact')} waiting before it`
          : 'Nothing waits for review.',
    ),
    h('button', { type: 'button', class: 'close', onclick: actions.close }, 'Close'),
    h('label', { class: 'review-filter' }, 'Show ', filterSelect(view.filter, actions.narrow)),
  );
  const { item } = view;
  if (!item) return [heading];
  const reason = h('input', {
    id: 'review-reason',
    type: 'text',
    placeholder: 'kept with the decision',
    autocomplete: 'off',
  });
  /** The reason the curator typed, else the default the decision states. */
  const reasonOf = (fallback: string) => reason.value.trim() || fallback;
  return [
    heading,
    h(
      'article',
      { class: 'review-fact', 'data-fact': item.fact, 'data-type': item.type },
      h(
        'header',
        { class: 'title' },
        typeBadge(item.source ? 'Relationship' : item.type),
        h('h3', {}, item.source ? formatWord(item.type) : item.label),
      ),
      item.source && item.target
        ? h(
            'p',
            { class: 'ends' },
            nodeButton({ id: item.source, name: item.sourceName ?? item.source }, actions.open),
            ' → ',
            nodeButton({ id: item.target, name: item.targetName ?? item.target }, actions.open),
          )
        : null,
      h(
        'p',
        { class: 'provenance machine' },
        `${describeProvenance({ machine: true, confidence: item.confidence })}; ` +
          `${counted(item.dependents, 'relationship')} ${item.dependents === 1 ? 'rests' : 'rest'} on it`,
      ),
      section(
        'Read from',
        item.evidence.length ? item.evidence.map(articlePassage) : [h('p', {}, 'No passage is recorded.')],
        'passages',
      ),
      section(
        'May be the same as',
        view.candidates.length
          ? [list(view.candidates.map((c) => candidate(c, item, view.curator, actions, reasonOf)))]
          : [],
        'candidates',
      ),
      view.curator
        ? decisions(item, actions, reason, reasonOf)
        : h(
            'p',
            { class: 'note read-only' },
            'Sign in as a curator to decide. ',
            h('button', { type: 'button', class: 'link', onclick: actions.next }, 'Next (N)'),
          ),
    ),
  ];
}

type Reason = (fallback: string) => string;

function filterSelect(filter: string, narrow: (filter: string) => void): HTMLSelectElement {
  const select = h(
    'select',
    { id: 'review-filter' },
    Object.entries(REVIEW_FILTERS).map(([value, name]) =>
      h('option', { value, selected: value === filter }, name),
    ),
  );
  select.addEventListener('change', () => narrow(select.value));
  return select;
}

function candidate(
  c: MergeCandidate,
  item: ReviewItem,
  curator: boolean,
  actions: ReviewActions,
  reasonOf: Reason,
): HTMLElement {
  return h(
    'li',
    {},
    nodeButton(c, actions.open),
    h('span', { class: 'note' }, c.origin === 'MACHINE' ? ' machine-read' : ' curated'),
    curator
      ? h(
          'button',
          {
            type: 'button',
            class: 'merge',
            'data-into': c.id,
            onclick: () =>
              actions.decide({
                kind: 'merge',
                fact: item.fact,
                into: c.id,
                reason: reasonOf(`the same as ${c.name}`),
                expected: item.decision,
              }),
          },
          'Merge into this',
        )
      : null,
  );
}

/** The curator's decisions about the fact: accept, reject, next, and the corrections its type takes. */
function decisions(
  item: ReviewItem,
  actions: ReviewActions,
  reason: HTMLInputElement,
  reasonOf: Reason,
): HTMLElement {
  const simple = (kind: 'accept' | 'reject', fallback: string) => () =>
    actions.decide({ kind, fact: item.fact, reason: reasonOf(fallback), expected: item.decision });
  const corrections: HTMLElement[] = [];
  const correction = (field: CorrectableField, label: string, placeholder: string) => {
    const input = h('input', {
      id: `review-${field.toLowerCase()}`,
      type: 'text',
      placeholder,
      autocomplete: 'off',
    });
    const submit = (event: Event) => {
      event.preventDefault();
      const value = input.value.trim();
      if (!value) return input.focus();
      actions.decide({
        kind: 'correct',
        fact: item.fact,
        field,
        value,
        reason: reasonOf(`the article says ${value}`),
        expected: item.decision,
      });
    };
    corrections.push(
      h(
        'form',
        { class: 'correction', onsubmit: submit },
        h('label', {}, label, ' ', input),
        h('button', { type: 'submit' }, 'Correct'),
      ),
    );
  };
  if (!item.source && DATED.has(item.type)) correction('DATE', 'Date', '2025-06-25, 2025-06, 2025-Q1, 2025');
  if (item.type === 'PARTICIPATED_IN') correction('ROLE', 'Role', 'co-chaired, hosted, attended…');
  if (item.type === 'Commitment') correction('MADE_AT', 'Made at (meeting id)', 'event-…');
  return h(
    'section',
    { class: 'part decisions', id: 'review-actions', 'aria-label': 'Decisions' },
    h('h3', {}, 'Decide'),
    h('label', { class: 'reason' }, 'Why ', reason),
    h(
      'div',
      { class: 'toolbar' },
      h(
        'button',
        {
          type: 'button',
          id: 'review-accept',
          'aria-keyshortcuts': 'A',
          onclick: simple('accept', 'right as read'),
        },
        'Accept ',
        h('kbd', {}, 'A'),
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'review-reject',
          'aria-keyshortcuts': 'R',
          onclick: simple('reject', 'wrong as read'),
        },
        'Reject ',
        h('kbd', {}, 'R'),
      ),
      h(
        'button',
        { type: 'button', id: 'review-next', 'aria-keyshortcuts': 'N', onclick: actions.next },
        'Next ',
        h('kbd', {}, 'N'),
      ),
    ),
    ...corrections,
  );
}
