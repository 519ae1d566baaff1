import type { Origins } from '../model/common';
import type { FindingPlace } from '../i18n/catalogue';

/** JSON Pointer of a path (`['indicators', 3, 'target']` → `/indicators/3/target`). */
export function pointerOf(path: readonly (string | number)[]): string {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/**
 * Where a path of an imported document came from: its own origin, else the first line of anything inside it
 * (an indicator's row from its name or target cell), else its parent's. Empty for documents without origins.
 */
export function placeOf(origins: Origins | undefined, path: readonly (string | number)[]): { line?: number; column?: number } {
  if (origins === undefined) return {};
  for (let n = path.length; n >= 1; n--) {
    const pointer = pointerOf(path.slice(0, n));
    const own = origins[pointer];
    if (own) return { line: own.line, column: own.column };
    let best: { line: number; column: number } | undefined;
    for (const [key, at] of Object.entries(origins)) {
      if (!key.startsWith(`${pointer}/`)) continue;
      if (!best || at.line < best.line || (at.line === best.line && at.column < best.column)) best = at;
    }
    if (best) return { line: best.line, column: best.column };
  }
  return {};
}

/** A finding place for a path: the path, its field name, and its line/column when the document was imported. */
export function findingPlace(
  origins: Origins | undefined,
  path: readonly (string | number)[],
  extra: Omit<FindingPlace, 'path' | 'line' | 'column'> = {},
): FindingPlace {
  return { path, ...placeOf(origins, path), ...extra };
}
