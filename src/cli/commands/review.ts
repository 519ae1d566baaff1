import { parseArgs } from 'node:util';
import { parseRuleSet, reviewDocument, ruleSets } from '../../index';
import type { RuleSet } from '../../index';
import { EXIT, type Command, type Io } from '../io';
import { formatFinding, readInput } from '../read-input';

function loadRuleSet(spec: string | undefined, io: Io): RuleSet | null {
  if (spec === undefined || spec === 'national') return ruleSets.national;
  if (spec === 'shanghai') return ruleSets.shanghai;
  let json: unknown;
  try {
    json = JSON.parse(io.readFile(spec));
  } catch (e) {
    io.err(`无法读取规则集 / cannot read the rule set: ${spec} (${e instanceof Error ? e.message : String(e)})`);
    return null;
  }
  const r = parseRuleSet(json);
  if (!r.ok) {
    io.err(r.errors.map((f) => formatFinding(spec, f)).join('\n'));
    return null;
  }
  return r.value;
}

export const reviewCommand: Command = {
  name: 'review',
  usage: 'jixiao review FILE [--rules national|shanghai|RULES.json] [--json]',
  summary: '审核绩效目标（任何文档类型），有错误时退出码为 1 / review a document against a rule set; exit 1 on any error',
  run(args, io) {
    const { positionals, values } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { rules: { type: 'string' }, json: { type: 'boolean' } },
    });
    const file = positionals[0];
    if (positionals.length !== 1 || file === undefined) {
      io.err(`用法 / usage: ${reviewCommand.usage}`);
      return EXIT.usage;
    }
    const ruleSet = loadRuleSet(values.rules, io);
    if (ruleSet === null) return EXIT.usage;
    const loaded = readInput(file, io);
    if ('code' in loaded) return loaded.code;
    const review = reviewDocument(loaded.doc, ruleSet);
    if (values.json) {
      io.out(JSON.stringify(review, null, 2));
    } else {
      const out = [`审核 / review: ${file} · 规则集 / rule set: ${review.ruleSet}`];
      for (const f of review.findings) out.push(formatFinding(file, f));
      const c = review.counts;
      out.push(`合计 / total: ${c.error} 错误 error · ${c.warning} 警告 warning · ${c.info} 提示 info`);
      io.out(out.join('\n'));
    }
    return review.counts.error > 0 ? EXIT.inputErrors : EXIT.ok;
  },
};
