import { extname } from 'node:path';
import { formatForm, toMarkdown } from '../../index';
import { toXlsx } from '../../files/index';
import { documentCommand, option } from '../document-command';
import { documentJson } from '../format';
import { EXIT } from '../io';
import { amountUnitOf, checkLayoutOptions, LAYOUT_DETAILS, LAYOUT_OPTIONS, layoutOf } from '../read-options';

const TARGETS = ['json', 'text', 'markdown', 'xlsx'] as const;
const usage = `jixiao convert FILE|- --to ${TARGETS.join('|')} [--out F.xlsx] [--layout LAYOUT] [--amount-unit yuan|wan-yuan] [--encoding ENCODING]`;

/** Where a workbook goes: `--out`, else FILE with `.xlsx` for its extension; the second document of a run on gets `-2`, … */
function outPath(input: string, out: string | undefined, used: Set<string>): string | null {
  let path = out ?? (input === '<stdin>' ? null : `${input.slice(0, input.length - extname(input).length)}.xlsx`);
  if (path === null || (out === undefined && path === input)) return null;
  const base = path.slice(0, path.length - extname(path).length);
  for (let k = 2; used.has(path); k++) path = `${base}-${k}${extname(path)}`;
  used.add(path);
  return path;
}

export const convertCommand = documentCommand({
  name: 'convert',
  usage,
  summary: '在表格文本、JSON、Markdown 和 Excel 之间转换 / convert between table text, JSON, Markdown and Excel',
  details: [
    `--to ${TARGETS.join('|')}    输出格式 / what to write`,
    '--out F.xlsx            --to xlsx 时写入的文件，默认为 FILE 改扩展名 .xlsx / with --to xlsx, the workbook to write (default: FILE with .xlsx)',
    `${LAYOUT_DETAILS.layout.replace('按此样式读取，不自动识别 / read as this layout', '--to text 时按此样式写出 / with --to text, write this layout')}`,
    LAYOUT_DETAILS.amountUnit,
  ],
  options: { to: { type: 'string' }, out: { type: 'string' }, ...LAYOUT_OPTIONS },
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
    return checkLayoutOptions(values, usage, io) ?? { value: { to, written: new Set<string>() } };
  },
  async report(read, { to, written }, values) {
    // A document read only in part is not converted: its errors are all there is to show.
    if (read.errors.length > 0) return { code: EXIT.inputErrors };
    if (to === 'json') return { code: EXIT.ok, text: JSON.stringify(documentJson(read.doc), null, 2) };
    if (to === 'markdown') return { code: EXIT.ok, text: toMarkdown(read.doc) };
    const layout = layoutOf(values);
    try {
      if (to === 'xlsx') {
        const path = outPath(read.name, option(values, 'out'), written);
        if (path === null) return { code: EXIT.usage, err: `用法错误 / usage error: --to xlsx 需要 --out F.xlsx / --to xlsx needs --out F.xlsx\n用法 / usage: ${usage}` };
        const bytes = await toXlsx(read.doc, layout === undefined ? {} : { layout });
        return { code: EXIT.ok, text: `已写入 / written: ${path}`, write: { path, bytes } };
      }
      return { code: EXIT.ok, text: formatForm(read.doc, layout === undefined ? {} : { layout }) };
    } catch (e) {
      return { code: EXIT.usage, err: `用法错误 / usage error: ${e instanceof Error ? e.message : String(e)}` };
    }
  },
});
