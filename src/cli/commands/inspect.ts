import { parseArgs } from 'node:util';
import { FORM_LAYOUTS, formatAmount, MODEL_LABELS } from '../../index';
import type { AmountUnit } from '../../index';
import { EXIT, type Command } from '../io';
import { checkOptions, documentJson, readInput, type ReadInput } from '../read-input';

function money(a: string | null, unit: AmountUnit): string {
  return a === null ? '—' : `${formatAmount(a, { unit })} ${MODEL_LABELS.amountUnit[unit].zh}`;
}

/** A readable summary: kind, name, budget, indicators by tier, warnings, unparsed rows. */
function summary(file: string, input: ReadInput): string {
  const { doc } = input;
  const kind = MODEL_LABELS.documentKind[doc.kind];
  const layout = input.layout === null ? 'JSON' : `${input.layout} (${FORM_LAYOUTS.find((l) => l.id === input.layout)?.letter ?? '?'})`;
  const out = [`${file}: ${kind.zh} / ${kind.en} — 样式 / layout ${layout}`];
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
  out.push(`指标 / indicators: ${doc.indicators.length}`);
  const byTier = new Map<string, Map<string, number>>();
  for (const i of doc.indicators) {
    const t2 = byTier.get(i.tier1) ?? new Map<string, number>();
    t2.set(i.tier2, (t2.get(i.tier2) ?? 0) + 1);
    byTier.set(i.tier1, t2);
  }
  for (const [t1, t2] of byTier) {
    const n = [...t2.values()].reduce((s, x) => s + x, 0);
    out.push(`  ${t1 || '（无一级指标）'}: ${n} (${[...t2].map(([k, v]) => `${k || '—'} ${v}`).join(', ')})`);
  }
  const shown = input.warnings.filter((w) => w.severity !== 'info');
  out.push(`警告 / warnings: ${shown.length}${input.warnings.length > shown.length ? ` (+${input.warnings.length - shown.length} info)` : ''}`);
  for (const w of shown) out.push(`  ${w.line === undefined ? '' : `行 line ${w.line}: `}[${w.code}] ${w.message.zh} / ${w.message.en}`);
  out.push(`未读入的行 / unparsed rows: ${input.unparsed.length}${input.unparsed.length > 0 ? ` (行 lines ${input.unparsed.map((r) => r.line).join(', ')})` : ''}`);
  return out.join('\n');
}

export const inspectCommand: Command = {
  name: 'inspect',
  usage: 'jixiao inspect FILE [--json] [--layout LAYOUT] [--amount-unit yuan|wan-yuan]',
  summary: '读取表格文本或 JSON，打印摘要（或 --json 打印文档）/ read a table text or JSON and print a summary (or the document as JSON)',
  run(args, io) {
    const { positionals, values } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { json: { type: 'boolean' }, layout: { type: 'string' }, 'amount-unit': { type: 'string' } },
    });
    const file = positionals[0];
    const bad = checkOptions(values);
    if (positionals.length !== 1 || file === undefined || bad !== null) {
      io.err(`${bad === null ? '' : `用法错误 / usage error: ${bad}\n`}用法 / usage: ${inspectCommand.usage}`);
      return EXIT.usage;
    }
    const input = readInput(file, io, { layout: values.layout, amountUnit: values['amount-unit'] });
    if ('code' in input) return input.code;
    io.out(values.json === true ? documentJson(input.doc) : summary(file, input));
    return EXIT.ok;
  },
};
