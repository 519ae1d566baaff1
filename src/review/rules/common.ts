import type { DocumentKind } from '../../model/document';
import type { Indicator } from '../../model/indicator';

/** Every document kind: most rules look at indicators, which every kind has. */
export const ALL_KINDS: readonly DocumentKind[] = ['unit-declaration', 'project-declaration', 'self-evaluation'];

/** How to name an indicator in a message: its name, or its tier-2 and position when the name is blank. */
export function nameOf(ind: Indicator, index: number): string {
  const n = ind.name.trim();
  return n === '' ? `${ind.tier2 || ind.tier1}·#${index + 1}` : n;
}

/** Path of an indicator, or of one of its fields. */
export function at(index: number, field?: string): (string | number)[] {
  return field === undefined ? ['indicators', index] : ['indicators', index, field];
}
