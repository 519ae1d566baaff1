import { parseArgs } from 'node:util';
// The demo's files travel inside the command (the installed package has no examples/ folder); `?raw` imports
// a file's text, in the build (tsup.config.ts) as in the tests (Vite).
import actuals from '../../../examples/minhang-2024/actuals.json?raw';
import declaration from '../../../examples/minhang-2024/declaration.txt?raw';
import scheme from '../../../examples/minhang-2024/scheme.json?raw';
import type { Command, Io } from '../io';
import { scoreCommand } from './score';

const DIR = 'examples/minhang-2024';
const encoder = new TextEncoder();
const FILES: Readonly<Record<string, Uint8Array>> = {
  [`${DIR}/declaration.txt`]: encoder.encode(declaration),
  [`${DIR}/actuals.json`]: encoder.encode(actuals),
  [`${DIR}/scheme.json`]: encoder.encode(scheme),
};

export const demoCommand: Command = {
  name: 'demo',
  usage: 'jixiao demo [--json] [--lang zh|en]',
  summary: `示例：按示例方案与示例完成值为种子申报表评分（${DIR}，数字为虚构） / score the seed declaration against illustrative actuals`,
  details: ['--json                  JSON 输出 / JSON output', '--lang zh|en            评分表的语言 / the language of the scorecard'],
  async run(args, io) {
    const { values } = parseArgs({ args: [...args], options: { json: { type: 'boolean' }, lang: { type: 'string' } } });
    if (values.json !== true) {
      io.out(
        [
          `示例 / demo: ${DIR}/declaration.txt`,
          `  完成值 / actuals: ${DIR}/actuals.json — 虚构的示例数字，并非公开数据 / illustrative numbers, not published ones`,
          `  评分方案 / scheme: ${DIR}/scheme.json — 示例权重 / illustrative weights (docs/scoring.md)`,
          '',
        ].join('\n'),
      );
    }
    // The example files come from inside the command, so the demo runs from any folder, installed or cloned.
    const embedded: Io = { ...io, readFile: (path) => FILES[path] ?? io.readFile(path) };
    const pass = [...(values.json === true ? ['--json'] : []), ...(values.lang === undefined ? [] : ['--lang', values.lang])];
    return scoreCommand.run([`${DIR}/declaration.txt`, '--actuals', `${DIR}/actuals.json`, '--scheme', `${DIR}/scheme.json`, ...pass], embedded);
  },
};
