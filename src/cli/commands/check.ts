import { MODEL_LABELS, reconcileBudget } from '../../index';
import type { ReconcileOptions } from '../../index';
import { documentCommand, option } from '../document-command';
import { formatFinding } from '../format';
import { EXIT } from '../io';
import { partialReport } from '../summary';

const usage = 'jixiao check FILE|DIR|- [--json] [--tolerance AMOUNT] [--exact] [--encoding ENCODING] [--quiet]';

export const checkCommand = documentCommand({
  name: 'check',
  usage,
  summary: '读取并核对预算（总额 = 来源 = 结构），有错误时退出码为 1 / read a document and reconcile its budget; exit 1 on any error',
  details: [
    '--tolerance AMOUNT      允许的差额（文档金额单位）/ the difference allowed, in the document\'s unit of money',
    '--exact                 各部分之和不按总额的小数位舍入 / do not round the sum of the parts to the decimals of the total',
  ],
  options: { tolerance: { type: 'string' }, exact: { type: 'boolean' } },
  directories: true,
  prepare(values, io) {
    const tolerance = option(values, 'tolerance');
    if (tolerance !== undefined && !/^\d+(\.\d+)?$/.test(tolerance)) {
      io.err(`用法错误 / usage error: --tolerance 应为非负十进制数 / must be a non-negative decimal\n用法 / usage: ${usage}`);
      return { code: EXIT.usage };
    }
    const options: ReconcileOptions = { ...(tolerance !== undefined && { tolerance }), ...(values.exact === true && { precision: 'exact' as const }) };
    return { value: options };
  },
  report(read, options) {
    if (read.errors.length > 0) return partialReport(read);
    const { doc, name } = read;
    const r = reconcileBudget(doc, options);
    const errors = r.findings.filter((f) => f.severity === 'error').length;
    const code = errors > 0 ? EXIT.inputErrors : EXIT.ok;
    const json = { file: name, kind: doc.kind, ok: r.ok, identities: r.identities, findings: r.findings };
    const unit = MODEL_LABELS.amountUnit[doc.amountUnit];
    const out: string[] = [`${name}: ${MODEL_LABELS.documentKind[doc.kind].zh} / ${MODEL_LABELS.documentKind[doc.kind].en} (${unit.zh} / ${unit.en})`];
    out.push('预算核对 / budget identities:');
    for (const c of r.identities) {
      const mark = c.holds === true ? '✓' : c.holds === false ? '✗' : '·';
      const nums =
        c.holds === null
          ? '无法核对 / cannot be checked'
          : `${c.expected} ${c.holds ? '=' : '≠'} ${c.actual}${c.holds ? '' : `  差额 / difference ${c.difference}`}`;
      out.push(`  ${mark} ${c.label.zh} / ${c.label.en}: ${nums}`);
    }
    if (r.identities.length === 0) out.push('  · 无预算恒等式可核对 / no identity to check');
    for (const f of r.findings) if (f.severity !== 'info') out.push(formatFinding(name, f));
    out.push(errors > 0 ? `✗ ${errors} 个错误 / error(s)` : '✓ 预算平衡 / the budget reconciles');
    return { code, text: out.join('\n'), json };
  },
});
