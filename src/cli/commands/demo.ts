import { parseArgs } from 'node:util';
import type { Command } from '../io';
import { EXIT } from '../io';
import { scoreCommand } from './score';

const DIR = 'examples/minhang-2024';

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
    const pass = [...(values.json === true ? ['--json'] : []), ...(values.lang === undefined ? [] : ['--lang', values.lang])];
    const code = await scoreCommand.run([`${DIR}/declaration.txt`, '--actuals', `${DIR}/actuals.json`, '--scheme', `${DIR}/scheme.json`, ...pass], io);
    if (code === EXIT.usage) io.err(`（请在仓库根目录运行 / run from the repository root）`);
    return code;
  },
};
