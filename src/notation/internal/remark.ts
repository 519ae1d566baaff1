import { notationMessages as M } from '../../i18n/messages/notation';
import type { Result } from '../../model/finding';
import { ok } from '../../model/finding';

/** A bracketed group closing a cell, and what stands before it. */
interface TrailingGroup {
  /** The text before the group (leading white space kept, so columns stay those of the whole cell). */
  readonly head: string;
  /** The group's content, trimmed. */
  readonly remark: string;
  /** 1-based column (code points) of the group's opening bracket. */
  readonly column: number;
}

/** The last bracketed group of a cell when the cell ends with it: `32户（含新增5户）` → `32户` + `含新增5户`. */
function trailingGroup(text: string): TrailingGroup | null {
  const t = text.trimEnd();
  const last = t.charCodeAt(t.length - 1);
  if (last !== 0x29 && last !== 0xff09) return null; // `)` `）`
  const open = Math.max(t.lastIndexOf('('), t.lastIndexOf('（'));
  if (open < 0) return null;
  const remark = t.slice(open + 1, -1).trim();
  const head = t.slice(0, open).trimEnd();
  if (remark === '' || head.trim() === '' || /[()（）]/u.test(remark)) return null;
  return { head, remark, column: [...t.slice(0, open)].length + 1 };
}

/** A value that brackets after it cannot continue: one with its unit, or a date (`12月底前（含）`). */
function isComplete(value: { readonly raw: string }): boolean {
  if ('unit' in value) return value.unit !== null;
  return 'kind' in value && (value.kind === 'deadline' || value.kind === 'period' || value.kind === 'date');
}

/**
 * Reads a value followed by a bracketed remark — `≥95%（含）`, `≥95%(省级标准)`, `32户（含新增5户）`,
 * `100%（已完成）` — as the value, with a `notation/trailing-remark` warning naming the remark; `raw` keeps the
 * whole cell. Only when the value before the brackets already has its unit, or is a date (`2024年12月31日前（含）`):
 * `≥30.00(户)` is a value whose unit is in brackets, and a bare number before brackets stays for the general
 * reading. Null when the cell is not so.
 *
 * @param text - the cell
 * @param parse - the reader of the value before the brackets (parseTarget or parseActual with their options)
 * @returns the value read without its remark, or null
 */
export function readWithRemark<T extends { readonly raw: string }>(text: string, parse: (head: string) => Result<T>): Result<T> | null {
  const g = trailingGroup(text);
  if (g === null) return null;
  const h = parse(g.head);
  if (!h.ok || !isComplete(h.value)) return null;
  const remark = M.finding('notation/trailing-remark', 'warning', { text: text.trim(), remark: g.remark }, { column: g.column });
  return ok({ ...h.value, raw: text }, [...h.warnings, remark]);
}
