import { parseArgs } from 'node:util';
// The demo's files travel inside the command (the installed package has no examples/ folder); `?raw` imports
// a file's text, in the build (tsup.config.ts) as in the tests (Vite).
import actuals from '../../../examples/minhang-2024/actuals.json?raw';
import declaration from '../../../examples/minhang-2024/declaration.txt?raw';
import scheme from '../../../examples/minhang-2024/scheme.json?raw';
import { type Command, type Io } from '../io';
import { runScore } from './score';

const DIR = 'examples/minhang-2024';
const FILES: Readonly<Record<string, string>> = {
  [`${DIR}/declaration.txt`]: declaration,
  [`${DIR}/actuals.json`]: actuals,
  [`${DIR}/scheme.json`]: scheme,
};

export const demoCommand: Command = {
  name: 'demo',
  usage: 'jixiao demo [--json] [--lang zh|en]',
  summary: `示例：按示例方案与示例完成值为种子申报表评分（${DIR}，数字为虚构） / score the seed declaration against illustrative actuals`,
  run(args, io) {
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
    const embedded: Io = { ...io, readFile: (path) => FILES[path] ?? io.readFile(path) };
    return runScore(`${DIR}/declaration.txt`, { actuals: `${DIR}/actuals.json`, scheme: `${DIR}/scheme.json`, json: values.json, lang: values.lang }, embedded);
  },
};
