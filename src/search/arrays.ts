/** Small helpers for the typed arrays and rankings the search engine works in. */

/** `array` if it holds `size` items, else a copy at least twice as long (new slots zero). */
export function grown<T extends Int32Array | Float64Array>(array: T, size: number): T {
  if (size <= array.length) return array;
  const next = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

/**
 * The first `limit` of `items` in the order `before` gives (a total order), as sorting them all would
 * give, without sorting them all: a search ranks thousands of pages and shows a few.
 */
export function firstInOrder<T>(items: T[], limit: number, before: (a: T, b: T) => number): T[] {
  if (items.length <= limit) return items.sort(before);
  const top: T[] = [];
  for (const item of items) {
    if (top.length === limit && (limit === 0 || before(item, top[limit - 1]!) >= 0)) continue;
    let at = top.length;
    while (at > 0 && before(item, top[at - 1]!) < 0) at--;
    top.splice(at, 0, item);
    if (top.length > limit) top.pop();
  }
  return top;
}
