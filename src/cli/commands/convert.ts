import { parseArgs } from 'node:util';
import { formatForm, toMarkdown } from '../../index';
import type { FormLayout } from '../../index';
import { EXIT, type Command } from '../io';
import { checkOptions, documentJson, readInput } from '../read-input';

const TARGETS = ['json', 'text', 'markdown'] as const;

export const convertCommand: Command = {
  name: 'convert',
  usage: 'jixiao convert FILE --to json|text|markdown [--layout LAYOUT] [--amount-unit yuan|wan-yuan]',
  summary: '在表格文本、JSON 和 Markdown 之间转换 / convert between table text, JSON and Markdown',
  run(args, io) {
    const { positionals, values } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { to: { type: 'string' }, layout: { type: 'string' }, 'amount-unit': { type: 'string' } },
    });
    const file = positionals[0];
    const bad = checkOptions(values) ?? (values.to === undefined || !(TARGETS as readonly string[]).includes(values.to) ? '--to: json | text | markdown' : null);
    if (positionals.length !== 1 || file === undefined || bad !== null) {
      io.err(`${bad === null ? '' : `用法错误 / usage error: ${bad}\n`}用法 / usage: ${convertCommand.usage}`);
      return EXIT.usage;
    }
    // --layout names the layout to write; the input's layout is detected.
    const input = readInput(file, io, { amountUnit: values['amount-unit'] });
    if ('code' in input) return input.code;
    const doc = input.doc;
    if (values.to === 'json') io.out(documentJson(doc));
    else if (values.to === 'markdown') io.out(toMarkdown(doc));
    else {
      try {
        io.out(formatForm(doc, values.layout === undefined ? {} : { layout: values.layout as FormLayout }));
      } catch (e) {
        io.err(`用法错误 / usage error: ${e instanceof Error ? e.message : String(e)}`);
        return EXIT.usage;
      }
    }
    return EXIT.ok;
  },
};
