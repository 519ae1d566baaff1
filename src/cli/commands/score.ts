import { parseScheme, EVALUATE_LABELS, SCORE_LABELS, schemes, scoreDeclaration, scoreSelfEvaluation, validateActuals } from '../../index';
import type { ActualsInput, GridSource, Scheme, Scorecard } from '../../index';
import { extname } from 'node:path';
import { scorecardToXlsx } from '../../files/index';
import { fit, table } from '../columns';
import { documentCommand, option, type ReadWithDocument, type Report } from '../document-command';
import { presetOrFile, readJsonOption } from '../input/json-option';
import { EXIT } from '../io';
import { failureJson, summary } from '../summary';

type Lang = 'zh' | 'en';

/** Where a scorecard finding's row is: `FILE:37` in text; the sheet or table and its row in a workbook, page or document. */
function rowPlace(file: string, line: number, source: GridSource | undefined): string {
  if (source === undefined || (source.kind === 'table' && source.container === 'text')) return `${file}:${line}`;
  return source.kind === 'sheet' ? `${file} ${source.name} 第${line}行 (row ${line})` : `${file} 表格${source.index} 第${line}行 (table ${source.index}, row ${line})`;
}

/** The scorecard as text tables, in one language. */
export function renderScorecard(card: Scorecard, lang: Lang, file: string, source?: GridSource): string {
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
      const at = w.line !== undefined ? rowPlace(file, w.line, source) : file;
      out.push(`  ${at} ${w.code}: ${w.message[lang]}`);
    }
  }
  return out.join('\n');
}

const PRESETS = Object.keys(schemes).join('|');
const usage = `jixiao score FILE|DIR|- [--actuals ACTUALS.json] [--scheme ${PRESETS}|SCHEME.json] [--out CARD.xlsx] [--json] [--lang zh|en] [--encoding ENCODING] [--quiet]`;

/** What every document of a run is scored with. */
interface Scoring {
  readonly scheme: Scheme;
  readonly actuals: ActualsInput | null;
  readonly lang: Lang;
  /** The workbooks written so far (`--out`): a second scorecard of the run gets `-2`, … */
  readonly written: Set<string>;
}

/** The path of the next scorecard workbook: `--out`, numbered from the second one on. */
function nextPath(out: string, written: Set<string>): string {
  const base = out.slice(0, out.length - extname(out).length);
  let path = out;
  for (let k = 2; written.has(path); k++) path = `${base}-${k}${extname(out)}`;
  written.add(path);
  return path;
}

const PARTIAL_CARD = {
  zh: '⚠ 部分评分：只按已读入的内容计算，不是本表的得分',
  en: '⚠ PARTIAL SCORECARD: computed from what was read only; not the score of this table',
};

/**
 * The scorecard of a document read only in part, shown so that the user sees every problem at once, and marked
 * so that nobody takes it for the table's score: a banner above and below it in text, and in JSON only under
 * `partialScorecard`, beside the errors, never as the top-level scorecard (docs/cli.md says why).
 */
function partialScore(read: ReadWithDocument, card: Scorecard, lang: Lang): Report {
  const banner = `${PARTIAL_CARD.zh} / ${PARTIAL_CARD.en}`;
  return {
    code: EXIT.inputErrors,
    text: [summary(read), '', banner, renderScorecard(card, lang, read.name, read.source), banner].join('\n'),
    json: { ...failureJson(read), partialScorecard: card },
  };
}

export const scoreCommand = documentCommand<Scoring>({
  name: 'score',
  usage,
  summary: '评分：自评表直接评分，申报表需提供完成值；核对表中得分 / score a self-evaluation (or a declaration with actuals) and check its published scores',
  details: [
    '--actuals ACTUALS.json  申报表的完成值（申报表必需）/ the actuals of a declaration (a declaration needs them)',
    `--scheme ${PRESETS}|SCHEME.json   评分方案：预设或 JSON 文件，默认 national / a preset or a scheme file (default national)`,
    '--lang zh|en            评分表的语言 / the language of the scorecard',
    '--out CARD.xlsx         另将评分表写成 Excel 工作簿（小计和总分为公式）/ also write the scorecard as a workbook (subtotals and total as formulas)',
  ],
  options: { actuals: { type: 'string' }, scheme: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' } },
  directories: true,
  async prepare(values, io) {
    const lang = option(values, 'lang') ?? 'zh';
    if (lang !== 'zh' && lang !== 'en') {
      io.err(`用法错误 / usage error: --lang zh|en\n用法 / usage: ${usage}`);
      return { code: EXIT.usage };
    }
    const scheme = await presetOrFile(option(values, 'scheme') ?? 'national', schemes, { zh: '评分方案', en: 'scheme' }, io, parseScheme);
    if ('code' in scheme) return scheme;
    const file = option(values, 'actuals');
    const written = new Set<string>();
    if (file === undefined) return { value: { scheme: scheme.value, actuals: null, lang, written } };
    const actuals = await readJsonOption(file, { zh: '完成值', en: 'actuals' }, io, validateActuals);
    if ('code' in actuals) return actuals;
    return { value: { scheme: scheme.value, actuals: actuals.value, lang, written } };
  },
  async report(read, { scheme, actuals, lang, written }, values) {
    const { doc } = read;
    let card: Scorecard;
    if (doc.kind === 'self-evaluation') card = scoreSelfEvaluation(doc, scheme);
    else if (actuals === null) return { code: EXIT.usage, err: `${read.name}: 申报表需要 --actuals 提供完成值 / a declaration needs --actuals\n用法 / usage: ${usage}` };
    else card = scoreDeclaration(doc, actuals, scheme);
    if (read.errors.length > 0) return partialScore(read, card, lang);
    const out = option(values, 'out');
    const text = renderScorecard(card, lang, read.name, read.source);
    if (out === undefined) return { code: EXIT.ok, text, json: card };
    const path = nextPath(out, written);
    return { code: EXIT.ok, text: `${text}\n已写入 / written: ${path}`, json: card, write: { path, bytes: await scorecardToXlsx(card, { lang }) } };
  },
});
