import { parseArgs } from 'node:util';
import { MODEL_LABELS, reconcileBudget } from '../../index';
import { EXIT, type Command } from '../io';
import { formatFinding, readInput } from '../read-input';

export const checkCommand: Command = {
  name: 'check',
  usage: 'jixiao check FILE [--json] [--tolerance AMOUNT] [--exact]',
  summary: '读取并核对预算（总额 = 来源 = 结构），有错误时退出码为 1 / read a document and reconcile its budget; exit 1 on any error',
  run(args, io) {
    const { positionals, values } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { json: { type: 'boolean' }, tolerance: { type: 'string' }, exact: { type: 'boolean' } },
    });
    const file = positionals[0];
    if (positionals.length !== 1 || file === undefined) {
      io.err(`用法 / usage: ${checkCommand.usage}`);
      return EXIT.usage;
    }
    if (values.tolerance !== undefined && !/^\d+(\.\d+)?$/.test(values.tolerance)) {
      io.err(`用法错误 / usage error: --tolerance 应为非负十进制数 / must be a non-negative decimal\n用法 / usage: ${checkCommand.usage}`);
      return EXIT.usage;
    }
    const loaded = readInput(file, io);
    if ('code' in loaded) return loaded.code;
    const doc = loaded.doc;
    const r = reconcileBudget(doc, {
      ...(values.tolerance !== undefined && { tolerance: values.tolerance }),
      ...(values.exact === true && { precision: 'exact' as const }),
    });
    const errors = r.findings.filter((f) => f.severity === 'error').length;
    if (values.json === true) {
      io.out(JSON.stringify({ file, kind: doc.kind, ok: r.ok, identities: r.identities, findings: r.findings }, null, 2));
      return errors > 0 ? EXIT.inputErrors : EXIT.ok;
    }
    const unit = MODEL_LABELS.amountUnit[doc.amountUnit];
    const out: string[] = [`${file}: ${MODEL_LABELS.documentKind[doc.kind].zh} / ${MODEL_LABELS.documentKind[doc.kind].en} (${unit.zh} / ${unit.en})`];
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
    for (const f of r.findings) if (f.severity !== 'info') out.push(formatFinding(file, f));
    out.push(errors > 0 ? `✗ ${errors} 个错误 / error(s)` : '✓ 预算平衡 / the budget reconciles');
    io.out(out.join('\n'));
    return errors > 0 ? EXIT.inputErrors : EXIT.ok;
  },
};
