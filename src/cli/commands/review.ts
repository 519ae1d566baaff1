import { parseRuleSet, reviewDocument, ruleSets } from '../../index';
import { documentCommand, option } from '../document-command';
import { formatFinding } from '../format';
import { presetOrFile } from '../input/json-option';
import { EXIT } from '../io';
import { partialReport } from '../summary';

const PRESETS = Object.keys(ruleSets).join('|');

export const reviewCommand = documentCommand({
  name: 'review',
  usage: `jixiao review FILE|DIR|- [--rules ${PRESETS}|RULES.json] [--json] [--encoding ENCODING] [--quiet]`,
  summary: '审核绩效目标（任何文档类型），有错误时退出码为 1 / review a document against a rule set; exit 1 on any error',
  details: [`--rules ${PRESETS}|RULES.json   规则集：预设或 JSON 文件，默认 national / a preset or a rule set file (default national)`],
  options: { rules: { type: 'string' } },
  directories: true,
  prepare: (values, io) => presetOrFile(option(values, 'rules') ?? 'national', ruleSets, { zh: '规则集', en: 'rule set' }, io, parseRuleSet),
  report(read, ruleSet) {
    if (read.errors.length > 0) return partialReport(read);
    const review = reviewDocument(read.doc, ruleSet);
    const out = [`审核 / review: ${read.name} · 规则集 / rule set: ${review.ruleSet}`];
    for (const f of review.findings) out.push(formatFinding(read.name, f));
    const c = review.counts;
    out.push(`合计 / total: ${c.error} 错误 error · ${c.warning} 警告 warning · ${c.info} 提示 info`);
    return { code: c.error > 0 ? EXIT.inputErrors : EXIT.ok, text: out.join('\n'), json: review };
  },
});
