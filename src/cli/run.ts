import { COMMANDS } from './commands/index';
import { EXIT, type Io } from './io';

declare const __JIXIAO_VERSION__: string;

function help(): string {
  const lines = COMMANDS.map((c) => `  ${c.usage}\n      ${c.summary}`);
  return [
    'jixiao — 预算绩效文档工具 / budget performance documents',
    '',
    '用法 / usage:',
    ...lines,
    '  jixiao --help | --version',
    '',
    '退出码 / exit codes: 0 成功 ok · 1 输入有错误 input has errors · 2 用法错误 usage error',
  ].join('\n');
}

/**
 * Runs the CLI with the given arguments (without `node` and the script).
 *
 * @returns the exit code
 */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.out(help());
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    io.out(__JIXIAO_VERSION__);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === first);
  if (!command) {
    io.err(`未知命令 / unknown command: ${first}\n\n${help()}`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    // parseArgs throws on unknown options: a usage error, not a crash.
    if (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`用法错误 / usage error: ${e.message}\n用法 / usage: ${command.usage}`);
      return EXIT.usage;
    }
    throw e;
  }
}
