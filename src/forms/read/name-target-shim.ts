// TEMPORARY (lead, issue 9): replaced by the notation stage's splitNameTarget when the notation branch lands.
import type { Target } from '../../model/target';
import { inspectIndicatorName } from '../../notation/inspect-indicator-name';
import { parseTarget } from '../../notation/parse-target';

export function splitNameTarget(name: string): { name: string; target: Target; at: number } | null {
  const f = inspectIndicatorName(name).findings.find((x) => x.code === 'notation/name-target');
  const written = f?.data?.['target'];
  if (!f || typeof written !== 'string' || f.column === undefined) return null;
  const at = Array.from(name).slice(0, f.column - 1).join('').length;
  const r = parseTarget(written);
  if (!r.ok || r.value.kind !== 'quantitative') return null;
  return { name: name.slice(0, at).trim(), target: r.value, at };
}
