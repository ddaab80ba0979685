/**
 * Appends every item of `items` to `target`, in order. `target.push(...items)` passes each item as
 * an argument, and V8 overflows the call stack at about 120,000 of them: a 50,000-commit range or
 * a 50 MB changelog is data of that size. Use this wherever `items` is not bounded.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
