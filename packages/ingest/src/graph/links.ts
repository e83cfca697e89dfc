import { type EntityLabel, RELATIONSHIPS, type RefInput, type RelationshipType } from '@diplograph/schema';
import { at, type BuildContext, type Location } from './context.js';
import { recordEvidence } from './evidence.js';
import type { Properties } from './graph-data.js';

/** The id a relationship gets: its type, ends and qualifier, so it is the same on every run. */
export function relationshipId(type: RelationshipType, from: string, to: string, qualifier?: string): string {
  return `${type}:${from}->${to}${qualifier ? `:${qualifier}` : ''}`;
}

export interface LinkOptions {
  type: RelationshipType;
  from: string;
  to: string;
  /** Where the target id is written, for error messages. */
  location: Location;
  /** Evidence ids of the link; when empty, the link inherits `inherited`. */
  evidence?: string[];
  inherited: string[];
  qualifier?: string;
  props?: Properties;
}

/**
 * Adds a relationship after checking that both ends exist and that the model allows this type
 * between their labels.
 */
export function link(ctx: BuildContext, options: LinkOptions): void {
  const { type, from, to, location } = options;
  if (!checkEnd(ctx, to, RELATIONSHIPS[type].to, type, location)) return;
  if (!checkEnd(ctx, from, RELATIONSHIPS[type].from, type, location)) return;
  if (from === to) {
    ctx.report(location, `"${from}" cannot be linked to itself by ${type}`);
    return;
  }
  const id = relationshipId(type, from, to, options.qualifier);
  const evidence = options.evidence?.length ? options.evidence : options.inherited;
  ctx.graph.addRelationship({ type, id, from, to, props: { ...options.props, id, evidence } });
}

/** Resolves a reference written as an id or as `{id, evidence}` and links to it. */
export function linkRef(
  ctx: BuildContext,
  type: RelationshipType,
  ends: { from: string } | { to: string },
  ref: RefInput,
  location: Location,
  inherited: string[],
  props?: Properties,
): void {
  const target = typeof ref === 'string' ? ref : ref.id;
  const here = typeof ref === 'string' ? location : at(location, 'id');
  const evidence =
    typeof ref === 'string' || !ref.evidence ? undefined : recordEvidence(ctx, ref.evidence, location);
  const pair = 'from' in ends ? { from: ends.from, to: target } : { from: target, to: ends.to };
  link(ctx, { type, ...pair, location: here, evidence, inherited, props });
}

/** Links to every reference of a list field; `location` is the list's. */
export function linkRefs(
  ctx: BuildContext,
  type: RelationshipType,
  ends: { from: string } | { to: string },
  refs: RefInput[],
  location: Location,
  inherited: string[],
  props?: Properties,
): void {
  refs.forEach((ref, i) => {
    linkRef(ctx, type, ends, ref, at(location, i), inherited, props);
  });
}

function checkEnd(
  ctx: BuildContext,
  id: string,
  allowed: readonly EntityLabel[],
  type: RelationshipType,
  location: Location,
): boolean {
  const entity = ctx.entities.get(id);
  if (!entity) {
    const suggestion = closestId(id, [...ctx.entities.keys()]);
    ctx.report(location, `unknown id "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`);
    return false;
  }
  if (!allowed.includes(entity.label)) {
    ctx.report(location, `"${id}" is a ${entity.label}; ${type} takes ${allowed.join(' or ')}`);
    return false;
  }
  return true;
}

/** The known id nearest to a mistyped one, when it is near enough to be a typo. */
export function closestId(id: string, ids: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(id.length / 4)) + 1;
  for (const candidate of ids) {
    if (Math.abs(candidate.length - id.length) >= bestDistance) continue;
    const d = editDistance(id, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
