import { toHalfWidth } from '../../i18n/half-width';

/** A tier label split into its text and the weight it carries (`产出指标(50分)`, `产出指标(40-50)分`). */
export interface TierLabel {
  readonly label: string;
  readonly weight: string | null;
  readonly min?: string;
  readonly max?: string;
}

const WEIGHT_SUFFIX = /^([^()]*?)\s*\(\s*(\d{1,6}(?:\.\d{1,6})?)\s*(?:[-~～—–]\s*(\d{1,6}(?:\.\d{1,6})?)\s*)?分?\s*\)\s*分?$/u;

/**
 * Splits the weight off a tier label: `产出指标(50分)` → 产出指标 + 50; `(30分)` → '' + 30; `产出指标(40-50)分` →
 * 产出指标 with the range 40–50. Full-width brackets are accepted. A label without a weight is returned as is.
 */
export function parseTierLabel(text: string): TierLabel {
  const t = text.trim();
  // A weight is written in brackets: a label without one needs no search.
  if (t.length > 200 || (!t.includes(')') && !t.includes('）'))) return { label: t, weight: null };
  const m = WEIGHT_SUFFIX.exec(toHalfWidth(t));
  if (!m) return { label: t, weight: null };
  // toHalfWidth maps one UTF-16 unit to one, so the label's length is the same in the original text.
  const label = t.slice(0, (m[1] as string).length).trim();
  if (m[3] !== undefined) return { label, weight: null, min: m[2] as string, max: m[3] };
  return { label, weight: m[2] as string };
}

/** Writes a tier label with its weight the way tables do: `产出指标(50分)`, `产出指标(40-50)分`. */
export function formatTierLabel(label: string, weight: { readonly weight: string | null; readonly min?: string | undefined; readonly max?: string | undefined } | undefined): string {
  if (!weight) return label;
  if (weight.min !== undefined && weight.max !== undefined) return `${label}(${weight.min}-${weight.max})分`;
  if (weight.weight !== null) return `${label}(${weight.weight}分)`;
  return label;
}
