import { scoreMessages as M } from '../i18n/messages/score';
import type { Bilingual, Finding } from '../model/finding';
import { Dec, toDecimalString } from '../money/decimal';
import { fractionDigits } from '../money/scaled';
import { isDecimalString } from './arguments';
import type { Claim, ClaimStatus } from './types';

/** A computation the table may have made instead: the same formula with a ratio it rounded first. */
export interface EarlyRounding {
  /** The arithmetic (`10 × 86.45%`). */
  readonly text: string;
  /** Its result at the scheme's places (`8.65`). */
  readonly value: string;
}

/** Where and what a claim is, before it is compared. */
export interface ClaimPlace {
  readonly subject: Claim['subject'];
  readonly label: Bilingual;
  readonly path: string;
  readonly line: number | undefined;
}

/**
 * Compares a published value with the computed one (see {@link ClaimStatus}): equal; equal only at the decimals
 * the table wrote (never finer than the scheme's places); equal to `early`, the same formula with a rounded ratio;
 * or different. `forced` gives the verdict when the computation cannot judge (nothing computed, the table's own
 * score taken).
 *
 * @returns the claim
 */
export function claim(
  at: ClaimPlace,
  published: string,
  computed: string | null,
  places: number,
  forced?: { readonly status: ClaimStatus; readonly note: Bilingual },
  early?: EarlyRounding | null,
): Claim {
  const base = { subject: at.subject, label: at.label, path: at.path, ...(at.line !== undefined && { line: at.line }), published, computed };
  if (!isDecimalString(published)) {
    return { ...base, difference: null, status: 'unverifiable', note: { zh: `表中数值“${published}”不是数字`, en: `the published "${published}" is not a number` } };
  }
  if (computed === null || forced !== undefined) {
    const status = forced?.status ?? 'unverifiable';
    const note = forced?.note ?? { zh: '无法核算', en: 'nothing to compute it from' };
    const difference = computed === null ? null : toDecimalString(new Dec(published).minus(computed), places);
    return { ...base, difference, status, note };
  }
  const p = new Dec(published);
  const difference = toDecimalString(p.minus(computed), places);
  if (p.eq(computed)) return { ...base, difference, status: 'agrees' };
  const d = Math.min(fractionDigits(published), places);
  const atTable = (v: string) => new Dec(v).toDecimalPlaces(d, Dec.ROUND_HALF_UP);
  if (p.toDecimalPlaces(d, Dec.ROUND_HALF_UP).eq(atTable(computed))) {
    return {
      ...base,
      difference,
      status: 'agrees-after-rounding',
      note: { zh: `按表中的 ${d} 位小数取整后才一致（核算为 ${computed}）`, en: `agrees only at the table's ${d} decimal(s) (the computation gives ${computed})` },
    };
  }
  if (early != null && p.toDecimalPlaces(d, Dec.ROUND_HALF_UP).eq(atTable(early.value))) {
    return {
      ...base,
      difference,
      status: 'differs-by-rounding',
      note: { zh: `表中按取整后的比例计算：${early.text} = ${early.value}；按精确比例为 ${computed}`, en: `the table used a rounded ratio: ${early.text} = ${early.value}; the exact ratio gives ${computed}` },
    };
  }
  return { ...base, difference, status: 'differs' };
}

const isPart = (c: Claim) => c.subject === 'indicator' || c.subject === 'execution-score';

/**
 * A published total judged with its parts in view. A total that differs by exactly what parts rounded early add
 * up to differs by rounding too. When some parts could not be checked: a total that agrees says so in its note;
 * a total that differs is `unverifiable` (the difference may lie in those parts) — unless the table's own parts
 * do not add up to it, which is a real disagreement whatever the unchecked parts hold.
 *
 * @returns the total's claim
 */
export function totalAgainstParts(total: Claim, parts: readonly Claim[]): Claim {
  if (total.status === 'differs' && total.difference !== null) {
    const early = parts.filter((p) => isPart(p) && p.status === 'differs-by-rounding');
    const explained = early.reduce((s, p) => s.plus(p.difference ?? '0'), new Dec(0));
    if (early.length > 0 && explained.eq(total.difference)) {
      return {
        ...total,
        status: 'differs-by-rounding',
        note: { zh: `差额 ${total.difference} 来自 ${early.length} 项按取整后的比例计算的得分`, en: `the difference ${total.difference} comes from ${early.length} part score(s) computed from a rounded ratio` },
      };
    }
  }
  const unchecked = parts.filter((p) => p.status === 'unverifiable' && isPart(p)).length;
  if (unchecked === 0 || total.status === 'unverifiable' || total.status === 'differs-by-rounding') return total;
  if (total.status === 'agrees' || total.status === 'agrees-after-rounding') {
    return {
      ...total,
      note: { zh: `与核算一致，但其中 ${unchecked} 项得分无法核实`, en: `agrees with the computation, but ${unchecked} part score(s) in it cannot be checked` },
    };
  }
  let sum = new Dec(0);
  for (const p of parts) if (isPart(p) && isDecimalString(p.published)) sum = sum.plus(p.published);
  const sumText = toDecimalString(sum);
  if (!sum.eq(total.published)) {
    return { ...total, note: { zh: `表中各项得分合计 ${sumText}，与表中总分 ${total.published} 不符`, en: `the table's own scores add up to ${sumText}, not to its total ${total.published}` } };
  }
  return {
    ...total,
    status: 'unverifiable',
    note: {
      zh: `${unchecked} 项得分无法核实；表中各项得分合计 ${sumText}，与表中总分一致`,
      en: `${unchecked} part score(s) cannot be checked; the table's own scores add up to its total ${sumText}`,
    },
  };
}

const WEIGHTS = new Set<Claim['subject']>(['indicator-weight', 'execution-weight', 'tier-weight']);

/**
 * The findings of the claims that need a word: `score/claim-differs` (a warning), and the notes
 * `score/claim-agrees-after-rounding` and `score/claim-differs-by-rounding`. Weights kept as claims under
 * `weights.from: 'scheme'` are summed up in one note by the caller instead.
 *
 * @returns the findings, located at the published values
 */
export function claimFindings(claims: readonly Claim[]): Finding[] {
  const out: Finding[] = [];
  for (const cl of claims) {
    if (WEIGHTS.has(cl.subject) || cl.status === 'agrees' || cl.status === 'unverifiable') continue;
    const place = { path: cl.path.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p)), ...(cl.line !== undefined && { line: cl.line }) };
    const p = { label: cl.label.zh, labelEn: cl.label.en, published: cl.published, computed: cl.computed ?? '—' };
    if (cl.status === 'differs') out.push(M.finding('score/claim-differs', 'warning', p, place));
    else if (cl.status === 'agrees-after-rounding') out.push(M.finding('score/claim-agrees-after-rounding', 'info', p, place));
    else out.push(M.finding('score/claim-differs-by-rounding', 'info', { ...p, why: cl.note ?? { zh: '', en: '' } }, place));
  }
  return out;
}
