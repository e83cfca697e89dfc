/**
 * Applies `f` to a value now, or once its promise settles: what a statement brought along is
 * known at once, and a resolver that returns a value, not a promise, costs graphql-js much less.
 */
export function whenKnown<T, R>(value: T | Promise<T>, f: (known: T) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(f) : f(value);
}
