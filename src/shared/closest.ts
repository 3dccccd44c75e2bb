/**
 * Levenshtein edit distance between two strings (insertions, deletions and
 * substitutions each cost 1). Runs in O(a × b) time and O(b) memory.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * How far `value` is from `candidate`: their edit distance, or (plus a half, so
 * a whole match wins a tie) the distance to the nearest part of a name written
 * with "-", so "calls" finds `call-flows`.
 */
function nameDistance(value: string, candidate: string): number {
  const parts = candidate.split('-').filter((part) => part.length > 0);
  const partDistance = parts.length > 1 ? Math.min(...parts.map((part) => editDistance(value, part))) + 0.5 : Infinity;
  return Math.min(editDistance(value, candidate), partDistance);
}

/**
 * The candidate closest to `value` (by edit distance, to the whole name or to
 * one of its "-" parts), ties broken alphabetically, or `undefined` when there
 * are no candidates. Used to suggest a fix ("did you mean …?") for a mistyped
 * slug, field, key or category.
 */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of [...candidates].sort()) {
    const distance = nameDistance(value, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
