import { parseArgs } from 'node:util';
import {
  EVALUATE_LABELS,
  SCORE_LABELS,
  parseScheme,
  schemes,
  scoreDeclaration,
  scoreSelfEvaluation,
  validateActuals,
} from '../../index';
import type { Scheme, Scorecard } from '../../index';
import { EXIT, type Command, type Io } from '../io';
import { formatFinding, readInput } from '../read-input';

type Lang = 'zh' | 'en';

/** Columns a character takes in a terminal: 2 for East Asian wide and full-width characters, else 1. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

/** Cuts a text to at most `max` columns, ending in `…` when cut. */
function fit(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = displayWidth(ch);
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

/** Renders rows as aligned columns; `right` marks the columns aligned right (numbers). */
export function table(rows: readonly (readonly string[])[], right: ReadonlySet<number> = new Set()): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows
    .map((r) =>
      r
        .map((cell, i) => {
          const pad = ' '.repeat((widths[i] ?? 0) - displayWidth(cell));
          return right.has(i) ? pad + cell : i === r.length - 1 ? cell : cell + pad;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The scorecard as text tables, in one language. */
export function renderScorecard(card: Scorecard, lang: Lang, file: string): string {
  const L = SCORE_LABELS.column;
  const out: string[] = [];
  out.push(`${card.subject}  (${lang === 'zh' ? '评分方案' : 'scheme'}: ${card.scheme})`);
  out.push('');
  const head = [L.tier2[lang], L.indicator[lang], L.target[lang], L.actual[lang], L.status[lang], L.weight[lang], L.score[lang], L.trace[lang]];
  const rows: string[][] = [head];
  for (const r of card.indicators) {
    rows.push([
      fit(r.tier2, 16),
      fit(r.name === '' ? r.tier2 : r.name, 26),
      fit(r.target, 16),
      fit(r.actual, 16),
      EVALUATE_LABELS.status[r.status][lang],
      r.weight,
      r.score ?? '—',
      r.trace,
    ]);
  }
  out.push(table(rows, new Set([5, 6])));
  out.push('');
  const sub: string[][] = [[L.tier[lang], L.weight[lang], L.score[lang]]];
  for (const t of card.tiers) sub.push([t.label[lang], t.weight, t.score]);
  const b = card.budgetExecution;
  if (b !== null) sub.push([`${L.budgetExecution[lang]} ${b.rate === null ? '—' : `${b.rate}%`}`, b.weight, b.score ?? '—']);
  sub.push([L.total[lang], card.maximum, card.total]);
  out.push(table(sub, new Set([1, 2])));
  if (b !== null) out.push(`${L.budgetExecution[lang]}: ${b.trace}`);
  out.push(`${L.total[lang]}: ${card.total}  ${L.grade[lang]}: ${lang === 'zh' ? card.grade : card.gradeLabel.en}`);
  if (card.claims.length > 0) {
    out.push('');
    out.push(`${L.claims[lang]}:`);
    const cl: string[][] = [['', L.published[lang], L.computed[lang], L.verdict[lang]]];
    for (const c of card.claims) cl.push([fit(c.label[lang], 30), c.published, c.computed ?? '—', SCORE_LABELS.claimStatus[c.status][lang]]);
    out.push(table(cl, new Set([1, 2])));
    const total = card.claims.find((c) => c.subject === 'total');
    if (total?.note !== undefined) out.push(`${total.label[lang]}: ${total.note[lang]}`);
  }
  const shown = card.warnings.filter((w) => w.severity !== 'info');
  if (shown.length > 0) {
    out.push('');
    out.push(`${L.warnings[lang]} (${shown.length}):`);
    for (const w of shown) {
      const at = w.line !== undefined ? `${file}:${w.line}` : file;
      out.push(`  ${at} ${w.code}: ${w.message[lang]}`);
    }
  }
  return out.join('\n');
}

function readJson(path: string, io: Io, what: string): { value: unknown } | null {
  try {
    return { value: JSON.parse(io.readFile(path)) as unknown };
  } catch (e) {
    io.err(`无法读取${what} / cannot read the ${what === '评分方案' ? 'scheme' : 'actuals'}: ${path} (${e instanceof Error ? e.message : String(e)})`);
    return null;
  }
}

/** Reads `--scheme`: a preset id or a JSON file for `parseScheme`. */
export function loadScheme(spec: string | undefined, io: Io): Scheme | null {
  if (spec === undefined || spec === 'national') return schemes.national;
  if (spec === 'hubei') return schemes.hubei;
  const json = readJson(spec, io, '评分方案');
  if (json === null) return null;
  const r = parseScheme(json.value);
  if (!r.ok) {
    io.err(r.errors.map((f) => formatFinding(spec, f)).join('\n'));
    return null;
  }
  return r.value;
}

/** Scores FILE with the options given; shared by `score` and `demo`. */
export function runScore(
  file: string,
  options: { readonly actuals?: string | undefined; readonly scheme?: string | undefined; readonly json?: boolean | undefined; readonly lang?: string | undefined },
  io: Io,
): number {
  const lang: Lang = options.lang === 'en' ? 'en' : 'zh';
  const loaded = readInput(file, io);
  if ('code' in loaded) return loaded.code;
  const scheme = loadScheme(options.scheme, io);
  if (scheme === null) return EXIT.inputErrors;
  const doc = loaded.doc;
  let card: Scorecard;
  if (doc.kind === 'self-evaluation') {
    card = scoreSelfEvaluation(doc, scheme);
  } else {
    if (options.actuals === undefined) {
      io.err(`申报表需要 --actuals 提供完成值 / a declaration needs --actuals\n用法 / usage: ${scoreCommand.usage}`);
      return EXIT.usage;
    }
    const json = readJson(options.actuals, io, '完成值');
    if (json === null) return EXIT.inputErrors;
    const a = validateActuals(json.value);
    if (!a.ok) {
      io.err(a.errors.map((f) => formatFinding(options.actuals as string, f)).join('\n'));
      return EXIT.inputErrors;
    }
    card = scoreDeclaration(doc, a.value, scheme);
  }
  io.out(options.json === true ? JSON.stringify(card, null, 2) : renderScorecard(card, lang, file));
  return EXIT.ok;
}

export const scoreCommand: Command = {
  name: 'score',
  usage: 'jixiao score FILE [--actuals ACTUALS.json] [--scheme national|hubei|SCHEME.json] [--json] [--lang zh|en]',
  summary: '评分：自评表直接评分，申报表需提供完成值；核对表中得分 / score a self-evaluation (or a declaration with actuals) and check its published scores',
  run(args, io) {
    const { positionals, values } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { actuals: { type: 'string' }, scheme: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } },
    });
    const file = positionals[0];
    if (positionals.length !== 1 || file === undefined || (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en')) {
      io.err(`用法 / usage: ${scoreCommand.usage}`);
      return EXIT.usage;
    }
    return runScore(file, values, io);
  },
};
