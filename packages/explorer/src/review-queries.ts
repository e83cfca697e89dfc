import { graphql } from './api.js';
import type { Decision, DecisionInput, MergeCandidate, ReviewItem } from './types.js';

/** Whether the token opens the decisions: `mutation { __typename }` is valid only in the curators' schema, and writes nothing. */
export async function isCuratorToken(): Promise<boolean> {
  try {
    const data = await graphql<{ __typename: string }>('mutation { __typename }');
    return data.__typename === 'Mutation';
  } catch {
    return false;
  }
}

/**
 * Facts of the review queue (of these types only, if given): `first` of them after the fact whose
 * cursor is `after` (null: from the first), passing over `skip` more; with their passages in their
 * article's text, and how many facts wait. A decided fact leaves the queue, so the place after the
 * same cursor then holds the next one. Paging by cursor stays fast however deep the queue.
 */
export async function reviewItems(
  place: { after: string | null; skip?: number; first?: number },
  types: string[] | null,
): Promise<{ total: number; items: ReviewItem[] }> {
  const data = await graphql<{ reviewQueue: { totalCount: number; items: ReviewItem[] } }>(
    `query Review($first: Int!, $after: String, $skip: Int!, $types: [String!]) {
      reviewQueue(first: $first, after: $after, skip: $skip, types: $types) {
        totalCount
        items {
          fact type label confidence dependents source target sourceName targetName decision cursor
          evidence { start end quote source { id title text published { text } } }
        }
      }
    }`,
    { first: place.first ?? 1, after: place.after, skip: place.skip ?? 0, types },
  );
  return { total: data.reviewQueue.totalCount, items: data.reviewQueue.items };
}

/** Other entities of the fact's type whose names are like its own: what it may be a duplicate of. */
export async function mergeCandidates(item: ReviewItem): Promise<MergeCandidate[]> {
  const data = await graphql<{ search: { node: MergeCandidate }[] }>(
    `query Candidates($text: String!, $types: [NodeType!]) {
      search(query: $text, types: $types, first: 6) { node { id ... on Entity { name origin } } }
    }`,
    { text: item.label, types: [item.type] },
  );
  return data.search.map((hit) => hit.node).filter((node) => node.id !== item.fact);
}

const DECISION = 'id kind fact before after';

const MUTATIONS: Record<DecisionInput['kind'], string> = {
  accept: `mutation Accept($fact: ID!, $reason: String!, $expected: ID) {
    decision: acceptFact(fact: $fact, reason: $reason, expectedDecision: $expected) { ${DECISION} } }`,
  reject: `mutation Reject($fact: ID!, $reason: String!, $expected: ID) {
    decision: rejectFact(fact: $fact, reason: $reason, expectedDecision: $expected) { ${DECISION} } }`,
  correct: `mutation Correct($fact: ID!, $field: CorrectableField!, $value: String!, $reason: String!, $expected: ID) {
    decision: correctFact(fact: $fact, field: $field, value: $value, reason: $reason, expectedDecision: $expected) { ${DECISION} } }`,
  merge: `mutation Merge($fact: ID!, $into: ID!, $reason: String!, $expected: ID) {
    decision: mergeEntities(merge: $fact, into: $into, reason: $reason, expectedDecision: $expected) { ${DECISION} } }`,
};

/** Sends a curator's decision; the API refuses it (and writes nothing) without a curator's token. */
export async function decide(input: DecisionInput): Promise<Decision> {
  const { kind, ...variables } = input;
  const data = await graphql<{ decision: Decision }>(MUTATIONS[kind], variables);
  return data.decision;
}
