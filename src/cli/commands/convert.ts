import { formatForm, toMarkdown } from '../../index';
import { documentCommand, option } from '../document-command';
import { documentJson } from '../format';
import { EXIT } from '../io';
import { amountUnitOf, checkLayoutOptions, LAYOUT_DETAILS, LAYOUT_OPTIONS, layoutOf } from '../read-options';

const TARGETS = ['json', 'text', 'markdown'] as const;
const usage = `jixiao convert FILE|- --to ${TARGETS.join('|')} [--layout LAYOUT] [--amount-unit yuan|wan-yuan] [--encoding ENCODING]`;

export const convertCommand = documentCommand({
  name: 'convert',
  usage,
  summary: '在表格文本、JSON 和 Markdown 之间转换 / convert between table text, JSON and Markdown',
  details: [
    `--to ${TARGETS.join('|')}    输出格式 / what to write`,
    `${LAYOUT_DETAILS.layout.replace('按此样式读取，不自动识别 / read as this layout', '--to text 时按此样式写出 / with --to text, write this layout')}`,
    LAYOUT_DETAILS.amountUnit,
  ],
  options: { to: { type: 'string' }, ...LAYOUT_OPTIONS },
  json: false,
  directories: false,
  // --layout names the layout to write; the input's layout is detected.
  readOptions: (values) => ({ amountUnit: amountUnitOf(values) }),
  prepare(values, io) {
    const to = option(values, 'to');
    if (to === undefined || !(TARGETS as readonly string[]).includes(to)) {
      io.err(`用法错误 / usage error: --to ${TARGETS.join(' | ')}\n用法 / usage: ${usage}`);
      return { code: EXIT.usage };
    }
    return checkLayoutOptions(values, usage, io) ?? { value: to };
  },
  report(read, to, values) {
    // A document read only in part is not converted: its errors are all there is to show.
    if (read.errors.length > 0) return { code: EXIT.inputErrors };
    if (to === 'json') return { code: EXIT.ok, text: JSON.stringify(documentJson(read.doc), null, 2) };
    if (to === 'markdown') return { code: EXIT.ok, text: toMarkdown(read.doc) };
    const layout = layoutOf(values);
    try {
      return { code: EXIT.ok, text: formatForm(read.doc, layout === undefined ? {} : { layout }) };
    } catch (e) {
      return { code: EXIT.usage, err: `用法错误 / usage error: ${e instanceof Error ? e.message : String(e)}` };
    }
  },
});
