import { documentCommand } from '../document-command';
import { documentJson } from '../format';
import { EXIT } from '../io';
import { amountUnitOf, checkLayoutOptions, LAYOUT_DETAILS, LAYOUT_OPTIONS, layoutOf } from '../read-options';
import { failureJson, summary } from '../summary';

const usage = 'jixiao inspect FILE|DIR|- [--json] [--layout LAYOUT] [--amount-unit yuan|wan-yuan] [--encoding ENCODING] [--quiet]';

export const inspectCommand = documentCommand({
  name: 'inspect',
  usage,
  summary: '读取表格文本或 JSON，打印摘要（或 --json 打印文档）/ read a table text or JSON and print a summary (or the document as JSON)',
  details: [LAYOUT_DETAILS.layout, LAYOUT_DETAILS.amountUnit],
  options: LAYOUT_OPTIONS,
  directories: true,
  readOptions: (values) => ({ layout: layoutOf(values), amountUnit: amountUnitOf(values) }),
  prepare: (values, io) => checkLayoutOptions(values, usage, io) ?? { value: null },
  report(read) {
    const failed = read.errors.length > 0;
    return { code: failed ? EXIT.inputErrors : EXIT.ok, text: summary(read), json: failed ? failureJson(read) : documentJson(read.doc) };
  },
});
