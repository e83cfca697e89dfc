import { randomUUID } from 'node:crypto';
import {
  type DecisionLog,
  isReviewable,
  passageDigest,
  type QuotedPassage,
  refreshReviewKeys,
} from '@diplograph/curation';
import type { Database } from '@diplograph/db';
import {
  type CorrectableField,
  type Decision,
  type DecisionKind,
  decisionProblem,
  parseFuzzyDate,
} from '@diplograph/schema';
import { GraphQLError } from 'graphql';
import type { ManagedTransaction } from 'neo4j-driver';
import { type RelationshipFact, relationshipFact } from './fact-ids.js';
import {
  DELETE_NODE,
  DELETE_RELATIONSHIP,
  LOCK_NODE,
  LOCK_RELATIONSHIP,
  MARK_NODE,
  MARK_RELATIONSHIP,
  MERGE_INTO,
  MOVE_MENTION,
  READ_NODE,
  READ_RELATIONSHIP,
  SET_DATE,
  SET_MADE_AT,
} from './statements.js';

/** What a curator asks for: a decision before it is checked, recorded and given its id. */
export interface DecisionRequest {
  kind: DecisionKind;
  fact: string;
  field?: CorrectableField | null;
  after?: string | null;
  reason: string;
  /** The fact's version the curator saw: the id of its last decision, null when none. */
  expected: string | null;
}

/** A fact as locked for a decision. */
interface LockedFact {
  version: string | null;
  origin: string | null;
  label: string | null;
  date: string | null;
  madeAt: string | null;
  role?: string | null;
  to?: string;
  passages: QuotedPassage[];
}

const DATED = new Set(['Event', 'Instrument', 'Commitment']);

function refuse(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/**
 * Makes one curator's decision: in one write transaction, locks the fact, checks that it is
 * machine-read and still at the version the curator saw, changes the graph, and appends the
 * decision to the log before the commit. A second curator deciding the same fact at once waits
 * for the lock, then finds a newer version, or the fact rejected, and is refused: one outcome is
 * recorded. A refusal
 * writes nothing. The log may hold a decision whose commit then failed: the next ingest applies it.
 */
export async function decide(
  db: Database,
  log: DecisionLog,
  curator: string,
  request: DecisionRequest,
): Promise<Decision> {
  const field = request.field ?? null;
  const after = request.after ?? null;
  const problem = decisionProblem({ kind: request.kind, field, after });
  if (problem) throw refuse('BAD_USER_INPUT', problem);
  const id = randomUUID();
  return db.writeTransaction(async (tx) => {
    const relationship = relationshipFact(request.fact);
    const fact = await lock(db, tx, request.fact, relationship);
    if (fact === 'none') throw await absent(log, request.fact);
    if (fact === 'gone') {
      throw refuse(
        'CONFLICT',
        `${request.fact} was decided meanwhile (rejected or merged): it is no longer in the graph`,
      );
    }
    if (!isReviewable({ origin: fact.origin }, relationship?.type)) {
      throw refuse('BAD_USER_INPUT', `${request.fact} is a curated fact: correct it in its fact file`);
    }
    if (fact.version !== request.expected) {
      throw refuse(
        'CONFLICT',
        `${request.fact} was decided meanwhile (its last decision is ${fact.version ?? 'none'}, ` +
          `not ${request.expected ?? 'none'}): read it again, then decide`,
      );
    }
    const made: Decision = {
      id,
      at: new Date().toISOString(),
      curator,
      kind: request.kind,
      fact: request.fact,
      field,
      before: before(request, fact),
      after,
      reason: request.reason,
      passages: fact.passages.map(({ source, start, end }) => ({ source, start, end })),
      digest: passageDigest(fact.passages),
      previous: fact.version,
    };
    await change(db, tx, made, fact, relationship);
    await log.append(made);
    return made;
  });
}

/**
 * Why a fact is not in the graph: another curator's decision took it out (a CONFLICT, which the
 * log says, by whom and when), or it never was (NOT_FOUND). The log is read only on this path.
 */
async function absent(log: DecisionLog, fact: string): Promise<GraphQLError> {
  const { decisions } = await log.read();
  const removed = decisions.findLast((d) => d.fact === fact && (d.kind === 'reject' || d.kind === 'merge'));
  if (!removed) return refuse('NOT_FOUND', `no fact ${fact} in the graph`);
  const what = removed.kind === 'reject' ? 'rejected' : `merged into ${removed.after}`;
  return refuse('CONFLICT', `${fact} was decided meanwhile: ${what} by ${removed.curator} at ${removed.at}`);
}

/**
 * Locks a fact, then reads it: 'none' when there was no such fact, 'gone' when another
 * decision removed it while this one waited for the lock.
 */
async function lock(
  db: Database,
  tx: ManagedTransaction,
  id: string,
  relationship: RelationshipFact | undefined,
): Promise<LockedFact | 'none' | 'gone'> {
  const params = { id, from: relationship?.from };
  const [lockStatement, readStatement] = relationship
    ? [LOCK_RELATIONSHIP[relationship.type], READ_RELATIONSHIP[relationship.type]]
    : [LOCK_NODE, READ_NODE];
  const locked = await db.run(tx, lockStatement, params);
  if (locked.length === 0) return 'none';
  const [fact] = await db.run<LockedFact>(tx, readStatement, params);
  return fact ?? 'gone';
}

/** The value a decision replaces, as text. */
function before(request: DecisionRequest, fact: LockedFact): string | null {
  if (request.kind === 'link') return fact.to ?? null;
  if (request.field === 'role') return fact.role ?? null;
  if (request.field === 'date') return fact.date;
  if (request.field === 'madeAt') return fact.madeAt;
  return null;
}

async function change(
  db: Database,
  tx: ManagedTransaction,
  d: Decision,
  fact: LockedFact,
  relationship: RelationshipFact | undefined,
): Promise<void> {
  const where = { id: d.fact, from: relationship?.from, decision: d.id };
  const mark = (props: Record<string, unknown>) =>
    relationship
      ? db.run(tx, MARK_RELATIONSHIP[relationship.type], { ...where, props })
      : db.run(tx, MARK_NODE, { ...where, props });
  const wrong = (message: string) => refuse('BAD_USER_INPUT', message);
  if (d.kind === 'accept') {
    await mark({ review: 'accepted' });
  } else if (d.kind === 'reject' && relationship) {
    await db.run(tx, DELETE_RELATIONSHIP[relationship.type], where);
    await refreshReviewKeys(db, tx, [relationship.from, fact.to ?? '']);
  } else if (d.kind === 'reject') {
    const [deleted] = await db.run<{ around: string[] }>(tx, DELETE_NODE, where);
    await refreshReviewKeys(db, tx, deleted?.around ?? []);
  } else if (d.kind === 'correct' && d.field === 'role') {
    if (relationship?.type !== 'PARTICIPATED_IN') throw wrong(`${d.fact} is not a participation`);
    await mark({ review: 'corrected', role: d.after });
  } else if (d.kind === 'correct' && d.field === 'date') {
    if (relationship || !DATED.has(fact.label ?? '')) throw wrong(`${d.fact} has no date`);
    await db.run(tx, SET_DATE, { id: d.fact, date: parseFuzzyDate(d.after ?? '') });
    await mark({ review: 'corrected' });
  } else if (d.kind === 'correct' && d.field === 'madeAt') {
    if (fact.label !== 'Commitment') throw wrong(`${d.fact} is not a commitment`);
    const [made] = await db.run<{ replaced: string[] }>(tx, SET_MADE_AT, {
      ...where,
      meeting: d.after,
      relationship: `MADE_AT:${d.fact}->${d.after}`,
    });
    if (!made) throw wrong(`no meeting ${d.after} in the graph`);
    await mark({ review: 'corrected' });
    await refreshReviewKeys(db, tx, [d.fact, d.after ?? '', ...made.replaced]);
  } else if (d.kind === 'link') {
    if (relationship?.type !== 'MENTIONS') throw wrong(`${d.fact} is not a mention`);
    const moved = await db.run(tx, MOVE_MENTION, { ...where, to: d.after });
    if (moved.length === 0) throw wrong(`no entity ${d.after} in the graph`);
    await db.run(tx, MARK_RELATIONSHIP.MENTIONS, { ...where, props: { review: 'corrected' } });
  } else if (d.kind === 'merge') {
    if (relationship) throw wrong(`${d.fact} is a relationship: only entities merge`);
    const into = await lock(db, tx, d.after ?? '', undefined);
    if (typeof into === 'string' || d.after === d.fact)
      throw wrong(`no other entity ${d.after} in the graph`);
    if (into.label !== fact.label) throw wrong(`${d.fact} is a ${fact.label}, ${d.after} a ${into.label}`);
    await db.run(tx, MERGE_INTO, { ...where, into: d.after });
    // The merged entity's relationships are the kept one's now, and those between the two went.
    await refreshReviewKeys(db, tx, [d.after ?? '']);
  }
}
