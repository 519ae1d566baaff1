import type { FormatSection, FormatToken } from './format-code';

/** A date and time of day, as a workbook's cell holds it (no time zone). */
export interface CellDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** 0 = Sunday. */
  readonly weekday: number;
}

const DAY_MS = 86_400_000;

/** A UTC instant, rounded to the second (what a cell shows without fractions of a second), as a cell's date. */
export function instantToDate(ms: number): CellDate {
  const d = new Date(Math.round(ms / 1000) * 1000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), weekday: d.getUTCDay() };
}

/**
 * A serial date (days since the workbook's epoch, the fraction the time of day) as a date. The 1900 system keeps
 * Lotus's leap day: serial 60 is 1900-02-29, so serials from 61 count from 1899-12-30 and those below from
 * 1899-12-31. Null for negative serials, which Excel shows as ####.
 */
export function serialToDate(serial: number, date1904: boolean): CellDate | null {
  if (!(serial >= 0) || serial > 2_958_465) return null;
  if (!date1904 && Math.floor(serial) === 60) {
    const t = instantToDate((serial - 60) * DAY_MS);
    return { ...t, year: 1900, month: 2, day: 29, weekday: 3 };
  }
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : serial < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return instantToDate(epoch + serial * DAY_MS);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ZH_DAYS = ['日', '一', '二', '三', '四', '五', '六'];

const two = (n: number): string => String(n).padStart(2, '0');

/** Whether an `m` token at index k means minutes: right after an hour, or right before seconds. */
function isMinute(tokens: readonly FormatToken[], k: number): boolean {
  const near = (from: number, step: number): FormatToken | undefined => {
    for (let i = from; i >= 0 && i < tokens.length; i += step) {
      const t = tokens[i] as FormatToken;
      if (t.kind === 'date') return t;
    }
    return undefined;
  };
  const before = near(k - 1, -1);
  const after = near(k + 1, 1);
  return (before?.kind === 'date' && before.code.startsWith('h')) || (after?.kind === 'date' && after.code.startsWith('s'));
}

/** One date token's text. */
function part(code: string, d: CellDate, minute: boolean, twelve: boolean): string {
  const hour12 = d.hour % 12 === 0 ? 12 : d.hour % 12;
  switch (code) {
    case 'yy':
    case 'y':
      return two(d.year % 100);
    case 'm':
      return String(minute ? d.minute : d.month);
    case 'mm':
      return two(minute ? d.minute : d.month);
    case 'mmm':
      return (MONTHS[d.month - 1] as string).slice(0, 3);
    case 'mmmm':
      return MONTHS[d.month - 1] as string;
    case 'mmmmm':
      return (MONTHS[d.month - 1] as string).slice(0, 1);
    case 'd':
      return String(d.day);
    case 'dd':
      return two(d.day);
    case 'ddd':
      return (DAYS[d.weekday] as string).slice(0, 3);
    case 'aaa':
      return ZH_DAYS[d.weekday] as string;
    case 'aaaa':
      return `星期${ZH_DAYS[d.weekday] as string}`;
    case 'h':
      return String(twelve ? hour12 : d.hour);
    case 'hh':
      return two(twelve ? hour12 : d.hour);
    case 's':
      return String(d.second);
    case 'ss':
      return two(d.second);
    case 'AM/PM':
      return d.hour < 12 ? 'AM' : 'PM';
    case 'A/P':
      return d.hour < 12 ? 'A' : 'P';
    case '上午/下午':
      return d.hour < 12 ? '上午' : '下午';
    default:
      // yyy, yyyy and longer, e (the year in Chinese Excel), dddd and longer.
      if (code.startsWith('y') || code.startsWith('e')) return String(d.year);
      if (code.startsWith('d')) return DAYS[d.weekday] as string;
      return code;
  }
}

/** A date through a date section of a format code (`yyyy"年"m"月"d"日"` → `2024年12月31日`). */
export function formatDate(d: CellDate, section: FormatSection): string {
  const tokens = section.tokens;
  const twelve = tokens.some((t) => t.kind === 'date' && (t.code === 'AM/PM' || t.code === 'A/P' || t.code === '上午/下午'));
  return tokens
    .map((t, k) => {
      if (t.kind === 'literal') return t.text;
      if (t.kind === 'date') return part(t.code, d, t.code.startsWith('m') && t.code.length <= 2 && isMinute(tokens, k), twelve);
      if (t.kind === 'point') return '.';
      if (t.kind === 'comma') return ',';
      if (t.kind === 'percent') return '%';
      return '';
    })
    .join('');
}

/** The fallback display of a date whose format is not read: `2024年12月31日`, with the time when it has one. */
export function plainDate(d: CellDate): string {
  const date = `${d.year}年${d.month}月${d.day}日`;
  return d.hour === 0 && d.minute === 0 && d.second === 0 ? date : `${date} ${two(d.hour)}:${two(d.minute)}:${two(d.second)}`;
}
