import { FORM_LAYOUTS, formatAmount, MODEL_LABELS } from '../index';
import type { AmountUnit, PerformanceDocument } from '../index';
import type { Report, ReadWithDocument } from './document-command';
import { documentJson } from './format';
import type { ReadDocument } from './input/formats';
import { EXIT } from './io';

function money(a: string | null, unit: AmountUnit): string {
  return a === null ? '—' : `${formatAmount(a, { unit })} ${MODEL_LABELS.amountUnit[unit].zh}`;
}

/** The header fields and figures of each kind of document. */
function fields(doc: PerformanceDocument): string[] {
  const out: string[] = [];
  const year = doc.fiscalYear === null ? '—' : String(doc.fiscalYear);
  const u = doc.amountUnit;
  if (doc.kind === 'unit-declaration') {
    out.push(`单位 / unit: ${doc.unitName || '—'}`, `年度 / fiscal year: ${year}`);
    const b = doc.budget;
    out.push(
      `预算 / budget: 总额 total ${money(b.total, u)} = 财政拨款 fiscal ${money(b.sources.fiscal, u)} + 其他资金 other ${money(b.sources.other, u)}` +
        ` = 基本支出 basic ${money(b.structure.basic, u)} + 项目支出 project ${money(b.structure.project, u)}`,
    );
    out.push(`职责 / duties: ${doc.duties.length} · 重点任务 / key tasks: ${doc.keyTasks.length}`);
  } else if (doc.kind === 'project-declaration') {
    const f = doc.funds;
    out.push(`项目 / project: ${doc.projectName || '—'}`, `年度 / fiscal year: ${year}`);
    out.push(`资金 / funds: 总额 total ${money(f.total, u)}, 财政拨款 fiscal ${money(f.fiscal, u)}, 上年结转 carry-over ${money(f.carryOver, u)}, 其他 other ${money(f.other, u)}`);
  } else {
    out.push(`${doc.scope === 'unit' ? '单位 / unit' : '项目 / project'}: ${doc.name || '—'}`, `年度 / fiscal year: ${year}`);
    const total = doc.budget.lines.find((l) => l.source === 'total') ?? doc.budget.lines[0];
    if (total) out.push(`预算 / budget: 全年预算数 adjusted ${money(total.adjusted, u)}, 全年执行数 executed ${money(total.executed, u)}, 执行率（表中）published rate ${doc.budget.publishedRate ?? '—'}`);
    out.push(`总分（表中）/ published total: ${doc.publishedTotal ?? '—'}`);
  }
  return out;
}

/** Indicators counted by tier 1, then tier 2. */
function indicatorCounts(doc: PerformanceDocument): string[] {
  const byTier = new Map<string, Map<string, number>>();
  for (const i of doc.indicators) {
    const t2 = byTier.get(i.tier1) ?? new Map<string, number>();
    t2.set(i.tier2, (t2.get(i.tier2) ?? 0) + 1);
    byTier.set(i.tier1, t2);
  }
  const out = [`指标 / indicators: ${doc.indicators.length}`];
  for (const [t1, t2] of byTier) {
    const n = [...t2.values()].reduce((s, x) => s + x, 0);
    out.push(`  ${t1 || '（无一级指标）'}: ${n} (${[...t2].map(([k, v]) => `${k || '—'} ${v}`).join(', ')})`);
  }
  return out;
}

/** The first line of what is said about a document that was read only in part. */
export function partialBanner(read: ReadDocument): string {
  return `⚠ 部分读入 / PARTIAL: ${read.name} 有 ${read.errors.length} 个错误（见上），以下只是已读入的内容 / has ${read.errors.length} error(s) (above); what follows is only what was read`;
}

/**
 * A readable summary of what was read: kind, name, budget, indicators by tier, warnings, unparsed rows; after a
 * banner when the read found errors (then it is what could be read).
 */
export function summary(read: ReadWithDocument): string {
  const { doc } = read;
  const kind = MODEL_LABELS.documentKind[doc.kind];
  const layout = read.layout === null ? 'JSON' : `${read.layout} (${FORM_LAYOUTS.find((l) => l.id === read.layout)?.letter ?? '?'})`;
  const out = read.errors.length > 0 ? [partialBanner(read)] : [];
  const s = read.source;
  const from = s === undefined ? '' : s.kind === 'sheet' ? ` 工作表 / sheet “${s.name}”` : s.container === 'text' ? '' : ` 表格 / table ${s.index}`;
  // A workbook, a page or a Word document has no text encoding to report.
  const encoding = from !== '' && read.encoding === null ? '' : ` · 编码 / encoding ${read.encoding ?? '—'}`;
  out.push(`${read.name}${from}: ${kind.zh} / ${kind.en} — 样式 / layout ${layout}${encoding}`);
  out.push(...fields(doc), ...indicatorCounts(doc));
  const shown = read.warnings.filter((w) => w.severity !== 'info');
  out.push(`警告 / warnings: ${shown.length}${read.warnings.length > shown.length ? ` (+${read.warnings.length - shown.length} info)` : ''}`);
  for (const w of shown) out.push(`  ${w.cell !== undefined ? `${w.cell}: ` : w.line === undefined ? '' : `行 line ${w.line}: `}[${w.code}] ${w.message.zh} / ${w.message.en}`);
  out.push(`未读入的行 / unparsed rows: ${read.unparsed.length}${read.unparsed.length > 0 ? ` (行 lines ${read.unparsed.map((r) => r.line).join(', ')})` : ''}`);
  return out.join('\n');
}

/** A read that found errors, as JSON: the errors, and the document as far as it was read (`partial`, or null). */
export function failureJson(read: ReadDocument): Record<string, unknown> {
  return {
    file: read.name,
    ok: false,
    errors: read.errors,
    ...(read.failure !== null && { failure: read.failure }),
    warnings: read.warnings,
    unparsed: read.unparsed,
    partial: read.doc === null ? null : documentJson(read.doc),
  };
}

/** What `check` and `review` say of a document read only in part: its summary, nothing checked (exit 1). */
export function partialReport(read: ReadWithDocument): Report {
  return { code: EXIT.inputErrors, text: summary(read), json: failureJson(read) };
}
