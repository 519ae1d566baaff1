import type { TableRow } from '../text/split-table';
import { type IndicatorColumn, NAMING_ROLES, TARGET_ROLES, indicatorColumnOf, isNamingKey } from '../vocabulary/indicator-columns';

/** Column role → index (the first column of each role). */
export type IndicatorColumns = Partial<Record<IndicatorColumn, number>>;

/**
 * An indicator table's header, read: the role of each column, the header text of each column, and the first
 * column of each role. Built from the header row, then refined by a second header row
 * ({@link withSubHeader}) and by what the columns hold ({@link correctRoles}).
 */
export interface IndicatorHeader {
  /** The role of each column, or null for a column the vocabulary does not name. */
  readonly roles: readonly (IndicatorColumn | null)[];
  /** The header text of each column (from both header rows, joined), as written but trimmed. */
  readonly titles: readonly string[];
  /** The first column of each role. */
  readonly columns: IndicatorColumns;
  /** Columns whose role an earlier column already has (reported, not read), except site targets. */
  readonly repeated: readonly number[];
  /** How many rows the header takes (1, or 2 with a sub-header row). */
  readonly height: 1 | 2;
}

/** Which roles each column has, and the first column of each role. */
function indexRoles(roles: readonly (IndicatorColumn | null)[]): { columns: IndicatorColumns; repeated: number[] } {
  const columns: IndicatorColumns = {};
  const repeated: number[] = [];
  roles.forEach((role, i) => {
    if (role === null) return;
    if (columns[role] === undefined) columns[role] = i;
    else if (role !== 'site' && role !== 'label') repeated.push(i);
  });
  return { columns, repeated };
}

/** A header from per-column roles and titles. */
export function headerOf(roles: readonly (IndicatorColumn | null)[], titles: readonly string[], height: 1 | 2): IndicatorHeader {
  const { columns, repeated } = indexRoles(roles);
  return { roles, titles, columns, repeated, height };
}

/**
 * Reads a row as an indicator table's header, or null when it is none. A header names at least three roles,
 * among them the indicators' names (三级指标, 指标名称 …, or the tier-2 column of a two-level table) and a target
 * side (指标值, 计算符号, 实际完成值 …). The words are data: {@link indicatorColumnOf}.
 */
export function readIndicatorHeader(row: TableRow): IndicatorHeader | null {
  // Asked of every row: a header word has 指 (指标…) or 级 (一级 / 二级 / 三级) in it.
  if (!row.text.includes('指') && !row.text.includes('级')) return null;
  if (!row.cells.some((c) => isNamingKey(c.key))) return null;
  let naming = false;
  let targetSide = false;
  let known = 0;
  const roles = row.cells.map((c) => {
    const role = indicatorColumnOf(c.key);
    if (role !== null) {
      known++;
      if (NAMING_ROLES.has(role)) naming = true;
      if (TARGET_ROLES.has(role)) targetSide = true;
    }
    return role;
  });
  if (!naming || !targetSide || known < 3) return null;
  return headerOf(roles, row.cells.map((c) => c.text), 1);
}

/** Roles a second header row can give the columns under a spanning header (`年度指标值` over `指标性质 | 指标值 | 度量单位`). */
const SUB_ROLES: ReadonlySet<IndicatorColumn> = new Set(['operator', 'direction', 'target', 'unit', 'actual', 'weight', 'score', 'midTermTarget', 'adjustedTarget', 'description', 'coefficient', 'deviation']);
/** Words of a sub-header cell that name the whole of a per-site set (the total column). */
const ALL_SITES = /^(合计|总计|小计|全市|全县|全区|全省|总体|汇总)$/u;
/** A site's name: short, no digits only, no punctuation of a value. */
const SITE_NAME = /^[^\d%≥≤<>=]{1,16}$/u;

/**
 * Merges a second header row into the header, when the row below is one: its filled cells are all header words
 * of the target side (or names of sites), under the header's spanning target cell or under its blank cells —
 * `年度指标值` over `指标性质 | 指标值 | 度量单位` (Yunnan), `年度指标值` over `城关镇 | 东关镇 | 合计` (one target per
 * site). Returns the header unchanged when the row is no sub-header.
 */
export function withSubHeader(header: IndicatorHeader, row: TableRow | undefined): IndicatorHeader {
  if (!row || row.first < 0) return header;
  // A data row starts with a tier label or a name, words no column has: most tables end their header here.
  const lead = row.cells[row.first] as TableRow['cells'][number];
  if (indicatorColumnOf(lead.key) === null && !ALL_SITES.test(lead.key) && header.roles[row.first] !== 'target' && (header.titles[row.first] ?? '') !== '') return header;
  const roles = [...header.roles];
  const titles = [...header.titles];
  // The columns a spanning target header covers: its own and the blank header columns right of it.
  const span = new Set<number>();
  header.roles.forEach((r, i) => {
    if (r !== 'target' && r !== 'midTermTarget') return;
    span.add(i);
    for (let j = i + 1; j < Math.max(row.cells.length, header.titles.length) && (header.titles[j] ?? '') === ''; j++) span.add(j);
  });
  let filled = 0;
  let underGroup = 0;
  const changes: { at: number; role: IndicatorColumn; title: string }[] = [];
  for (let i = 0; i < row.cells.length; i++) {
    const c = row.cells[i];
    if (!c || c.text === '') continue;
    filled++;
    const role = indicatorColumnOf(c.key);
    const aboveBlank = (header.titles[i] ?? '') === '';
    if (aboveBlank || span.has(i) || header.roles[i] === 'actual') underGroup++;
    if (role !== null && SUB_ROLES.has(role)) changes.push({ at: i, role, title: c.text });
    else if (role === null && span.has(i) && ALL_SITES.test(c.key)) changes.push({ at: i, role: 'target', title: c.text });
    else if (role === null && span.has(i) && SITE_NAME.test(c.key)) changes.push({ at: i, role: 'site', title: c.text });
    else return header;
  }
  if (filled === 0 || underGroup === 0) return header;
  for (const { at, role, title } of changes) {
    // A site column's title is the site; a refined column keeps the group's title before its own.
    titles[at] = role === 'site' ? title : header.titles[at] ? `${header.titles[at]}/${title}` : title;
    roles[at] = role;
  }
  // A spanning target header whose columns became sites (and no total): the target column is gone.
  return headerOf(roles, titles, 2);
}

/**
 * Per-site target columns written on one header row (`城关镇指标值 | 东关镇指标值`): target columns after the
 * first, named by their header with the target word removed, become site columns; when the first target
 * column is named by a site too, it is one of them.
 */
export function withSiteColumns(header: IndicatorHeader): IndicatorHeader {
  if (header.repeated.length === 0) return header;
  const targets = header.roles.flatMap((r, i) => (r === 'target' ? [i] : []));
  if (targets.length < 2) return header;
  // A bracketed remark (`指标值(或计划水平)`) says how to fill the column, not where.
  const siteOf = (i: number): string => (header.titles[i] ?? '').replace(/\s+/gu, '').replace(/[(（][^()（）]*[)）]/gu, '').replace(/(年度|年初|预期)?(指标)?(指标值|目标值|标准值)$/u, '');
  const named = targets.filter((i) => siteOf(i) !== '' && !/^(年度|计划|预期|中期|调整|实际|全年|年初)/u.test(siteOf(i)));
  // Sites beside the main target column (`指标值 | 城关镇指标值`), or two sites or more.
  if (named.length === 0 || (named.length < 2 && named.length === targets.length)) return header;
  const roles = [...header.roles];
  const titles = [...header.titles];
  for (const i of named) {
    roles[i] = 'site';
    titles[i] = siteOf(i);
  }
  return headerOf(roles, titles, header.height);
}

/** True when two headers give every role the same column (a header repeated at a page break). */
export function sameColumns(a: IndicatorHeader, b: IndicatorHeader): boolean {
  const ka = Object.keys(a.columns) as IndicatorColumn[];
  return ka.length === Object.keys(b.columns).length && ka.every((k) => a.columns[k] === b.columns[k]);
}
