import type { FieldNode, GraphQLResolveInfo, GraphQLSchema } from 'graphql';

/** Plans kept per field across requests: a few, since some variables change at every request (a search's text). */
const KEPT_PER_FIELD = 16;

interface FieldPlans<T> {
  /** This request's plan, found again by every item of the list above the field. */
  byRequest: WeakMap<object, T>;
  /** Plans of earlier requests, by their variables' JSON, oldest first. */
  byVariables: Map<string, T>;
}

/**
 * Plans of a field by its field nodes and the request's variables. A field's arguments and
 * selection are the same for every item of the list above it, and graphql-js and graphql-jit hand
 * every item's resolver the same `fieldNodes` and `variableValues`: the plan is made once a
 * request, not once an item. The field nodes are those of a document, which Yoga parses once and
 * keeps: the same document asked again with the same variables is planned once, not at every
 * request. Plans are kept by schema too, since a plan reads the types.
 */
export class PlanCache<T> {
  private readonly plans = new WeakMap<GraphQLSchema, WeakMap<readonly FieldNode[], FieldPlans<T>>>();

  get(info: GraphQLResolveInfo, plan: () => T): T {
    let bySchema = this.plans.get(info.schema);
    if (!bySchema) {
      bySchema = new WeakMap();
      this.plans.set(info.schema, bySchema);
    }
    let field = bySchema.get(info.fieldNodes);
    if (!field) {
      field = { byRequest: new WeakMap(), byVariables: new Map() };
      bySchema.set(info.fieldNodes, field);
    }
    const mine = field.byRequest.get(info.variableValues);
    if (mine) return mine;
    const key = JSON.stringify(info.variableValues);
    const known = field.byVariables.get(key);
    const shape = known ?? plan();
    if (!known) {
      const oldest = field.byVariables.keys().next();
      if (field.byVariables.size >= KEPT_PER_FIELD && !oldest.done) field.byVariables.delete(oldest.value);
      field.byVariables.set(key, shape);
    }
    field.byRequest.set(info.variableValues, shape);
    return shape;
  }
}
