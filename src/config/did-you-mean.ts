/** Edit distance between two short strings (Levenshtein). */
function distance(a: string, b: string): number {
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

const canonical = (key: string) => key.toLowerCase().replace(/[_\s]/g, '-');

/**
 * ` (did you mean "fail-on"?)` when one of `known` is close to `key`, else ''.
 * Underscores and case are forgiven first, since `fail_on` for `fail-on` is the common slip.
 */
export function didYouMean(key: string, known: readonly string[]): string {
  const exact = known.find((k) => canonical(k) === canonical(key));
  if (exact) return ` (did you mean "${exact}"?)`;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of known) {
    const d = distance(canonical(key), canonical(candidate));
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best ? ` (did you mean "${best}"?)` : '';
}
