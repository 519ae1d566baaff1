import { Dec } from '../../money/decimal';
import { parseAmount } from '../../money/parse-amount';
import { toHalfWidth } from '../../i18n/half-width';
import { isNotApplicableText } from '../notation';
import type { TableCell } from '../text/split-table';
import type { FundsColumn } from '../vocabulary/funds';

/**
 * Reading a budget line whose row has fewer cells than its header: a table copied from a web page drops its
 * empty cells, so the cells that remain slide left and a plain reading puts them under the wrong heads (the
 * published rate 97.80 read as the weight). Such a row is read by trying every way the missing cells could have
 * stood, and keeping a reading only when the row's own figures confirm it (docs/importing.md "Rows with missing
 * cells").
 */

/** A value cell with its text, as the alignment sees it. */
interface Value {
  readonly cell: TableCell;
  /** null: blank or a not-applicable marker; else the number as a decimal string. */
  readonly number: string | null;
  readonly percent: boolean;
  /** Text that is neither a number nor blank. */
  readonly junk: boolean;
}

function valueOf(cell: TableCell): Value {
  const t = toHalfWidth(cell.text).replace(/\s+/gu, '');
  if (t === '' || isNotApplicableText(t)) return { cell, number: null, percent: false, junk: false };
  const percent = t.endsWith('%');
  const body = percent ? t.slice(0, -1) : t.replace(/分$/u, '');
  const r = parseAmount(body);
  return r.ok ? { cell, number: r.value.amount, percent, junk: false } : { cell, number: null, percent, junk: true };
}

/** One way of reading the row: the cell of each role (roles without a cell are blank). */
export type Reading = Partial<Record<FundsColumn, TableCell>>;

/** What checking a reading against the row's own figures gives. */
type Check = 'invalid' | 'valid' | 'confirmed';

/** The places a published rate may be given with (`97.8`, `97.80%`), and whether `computed` rounds or truncates to it. */
function sameRate(published: string, computed: InstanceType<typeof Dec>): boolean {
  const dot = published.indexOf('.');
  const places = dot < 0 ? 0 : published.length - dot - 1;
  const p = new Dec(published);
  if (computed.toDecimalPlaces(places, Dec.ROUND_HALF_UP).eq(p) || computed.toDecimalPlaces(places, Dec.ROUND_DOWN).eq(p)) return true;
  // Some tables cap the rate at 100%.
  return p.eq(100) && computed.gte(100);
}

/**
 * Checks a reading: a percentage only in the rate column; amounts, weight and score are numbers; the weight is
 * at most 100 and the score at most the weight (and equal to the block's stated weight when it states one); a
 * published rate equal to executed ÷ budget confirms the reading.
 */
function check(values: Partial<Record<FundsColumn, Value>>, statedWeight: string | null, hasAdjusted: boolean): Check {
  for (const [role, v] of Object.entries(values) as [FundsColumn, Value][]) {
    if (v.junk) return 'invalid';
    if (v.percent && role !== 'rate') return 'invalid';
  }
  const w = values.weight?.number ?? null;
  const s = values.score?.number ?? null;
  if (w !== null && new Dec(w).gt(100)) return 'invalid';
  if (s !== null && new Dec(s).gt(100)) return 'invalid';
  if (w !== null && s !== null && new Dec(s).gt(w)) return 'invalid';
  let confirmed = false;
  if (statedWeight !== null && w !== null) {
    if (!new Dec(w).eq(statedWeight)) return 'invalid';
    confirmed = true;
  }
  const rate = values.rate?.number ?? null;
  const executed = values.executed?.number ?? null;
  // The rate is executed ÷ 全年预算数 (A); 年初预算数 stands in only where the block has no such column.
  const budget = hasAdjusted ? (values.adjusted?.number ?? null) : (values.initial?.number ?? null);
  if (rate !== null && executed !== null && budget !== null && !new Dec(budget).isZero()) {
    if (!sameRate(rate, new Dec(executed).div(budget).times(100))) return 'invalid';
    confirmed = true;
  }
  return confirmed ? 'confirmed' : 'valid';
}

/** Every way of choosing `k` of the positions `0 … n-1` (n is at most the number of budget roles, 6). */
function choose(n: number, k: number): number[][] {
  if (k === 0) return [[]];
  if (k > n) return [];
  const out: number[][] = [];
  const walk = (from: number, picked: number[]): void => {
    if (picked.length === k) {
      out.push(picked);
      return;
    }
    for (let p = from; p < n; p++) walk(p + 1, [...picked, p]);
  };
  walk(0, []);
  return out;
}

/** The result of aligning a short row: the reading, and the roles taken as dropped (blank in the source). */
export type Alignment =
  | { readonly kind: 'plain'; readonly reading: Reading }
  | { readonly kind: 'aligned'; readonly reading: Reading; readonly dropped: readonly FundsColumn[]; readonly confirmed: boolean }
  | { readonly kind: 'ambiguous'; readonly candidates: number };

/**
 * Reads the value cells of a budget line under the header's roles (in column order). The plain reading (cell
 * k under role k, missing trailing cells blank) is kept when the row keeps a blank cell between its figures (its
 * empty cells were not dropped, only trailing ones), or when it passes the checks and nothing says cells are
 * missing. Otherwise every choice of the missing roles is tried; the readings that pass the checks are kept,
 * those the figures confirm preferred; the roles that a confirmed row of the same block lost (`dropped`) are
 * taken as missing here too. The row is aligned only when every reading kept puts each filled cell under the
 * same role; else it is ambiguous and must not be read.
 */
export function alignLine(roles: readonly FundsColumn[], cells: readonly TableCell[], statedWeight: string | null, dropped: ReadonlySet<FundsColumn>): Alignment {
  let last = cells.length;
  while (last > 0 && (cells[last - 1] as TableCell).text === '') last--;
  const present = cells.slice(0, last);
  const values = present.map(valueOf);
  const plain: Partial<Record<FundsColumn, Value>> = {};
  roles.forEach((r, k) => {
    const v = values[k];
    if (v) plain[r] = v;
  });
  const reading = (vs: Partial<Record<FundsColumn, Value>>): Reading => {
    const out: Reading = {};
    for (const [r, v] of Object.entries(vs) as [FundsColumn, Value][]) out[r] = v.cell;
    return out;
  };
  const missing = roles.length - present.length;
  // A cell that holds no number is a damaged cell, reported where it stands; it says nothing of missing cells.
  if (values.some((v) => v.junk)) return { kind: 'plain', reading: reading(plain) };
  const hasAdjusted = roles.includes('adjusted');
  const plainCheck = check(plain, statedWeight, hasAdjusted);
  // A row that kept a blank cell between its figures kept its empty cells: only its trailing ones are missing.
  const keptBlanks = present.some((c) => c.text === '');
  if (missing <= 0 || keptBlanks || (plainCheck !== 'invalid' && dropped.size === 0)) return { kind: 'plain', reading: reading(plain) };

  const tried: { vs: Partial<Record<FundsColumn, Value>>; out: FundsColumn[]; check: Check }[] = [];
  for (const out of choose(roles.length, missing)) {
    const gone = out.map((p) => roles[p] as FundsColumn);
    // The roles a confirmed row of the block lost are missing here too, as far as the count allows.
    if ([...dropped].some((d) => roles.includes(d) && !gone.includes(d)) && missing >= dropped.size) continue;
    const kept = roles.filter((_, p) => !out.includes(p));
    const vs: Partial<Record<FundsColumn, Value>> = {};
    kept.forEach((r, k) => {
      const v = values[k];
      if (v) vs[r] = v;
    });
    const c = check(vs, statedWeight, hasAdjusted);
    if (c !== 'invalid') tried.push({ vs, out: gone, check: c });
  }
  const confirmed = tried.filter((t) => t.check === 'confirmed');
  const pool = confirmed.length > 0 ? confirmed : tried;
  if (pool.length === 0) return { kind: 'ambiguous', candidates: 0 };
  // Every reading kept must put each cell that holds something under the same role.
  const first = pool[0] as (typeof pool)[number];
  const filledRole = (vs: Partial<Record<FundsColumn, Value>>): string =>
    (Object.entries(vs) as [FundsColumn, Value][])
      .filter(([, v]) => v.number !== null)
      .map(([r, v]) => `${r}=${v.cell.column}`)
      .sort()
      .join(',');
  const key = filledRole(first.vs);
  if (pool.some((t) => filledRole(t.vs) !== key)) return { kind: 'ambiguous', candidates: pool.length };
  return { kind: 'aligned', reading: reading(first.vs), dropped: pool.length === 1 ? first.out : [], confirmed: confirmed.length > 0 };
}
