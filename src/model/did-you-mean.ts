/** Edit distance with adjacent transpositions (`hubie` is one step from `hubei`), for suggestions only (names are short). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The known name closest to a mistyped one (`'hubie'` → `'hubei'`, `'satisfaction-flor'` →
 * `'satisfaction-floor'`), or null when none is close: at most a third of the longer name may differ, and a
 * name that contains the other (`'shanghai-2024'` → `'shanghai'`) counts as close.
 *
 * @param word - what was given
 * @param known - the names that exist
 * @returns the suggestion, or null
 */
export function didYouMean(word: string, known: readonly string[]): string | null {
  const w = word.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = distance(w, k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  if (best === null) return null;
  const close = bestDistance <= Math.max(1, Math.floor(Math.max(w.length, best.length) / 3));
  return close || (w.length >= 3 && (best.includes(w) || w.includes(best.toLowerCase()))) ? best : null;
}
