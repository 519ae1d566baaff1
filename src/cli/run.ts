import { COMMANDS } from './commands/index';
import { EXIT, type Command, type Io } from './io';

declare const __JIXIAO_VERSION__: string;

const EXIT_CODES = [
  '退出码 / exit codes:',
  '  0  读取无误 / read fine',
  '  1  输入有错误（已列出）/ the input has errors (listed)',
  '  2  用法错误、文件无法读取或内部错误 / usage error, unreadable file or internal error',
];

function help(): string {
  const lines = COMMANDS.map((c) => `  ${c.usage}\n      ${c.summary}`);
  return [
    'jixiao — 预算绩效文档工具 / budget performance documents',
    '',
    '用法 / usage:',
    ...lines,
    '  jixiao <command> --help | jixiao --help | --version',
    '',
    'FILE 为 - 时读标准输入；编码自动识别（UTF-8、UTF-16、GB18030）/ FILE - reads stdin; the encoding is detected (UTF-8, UTF-16, GB18030)',
    ...EXIT_CODES,
    '详见 / see docs/cli.md',
  ].join('\n');
}

function commandHelp(c: Command): string {
  return [`用法 / usage: ${c.usage}`, '', c.summary, ...(c.details.length > 0 ? ['', '选项 / options:', ...c.details.map((d) => `  ${d}`)] : []), '', ...EXIT_CODES].join(
    '\n',
  );
}

/** Whether the arguments ask for help, before any `--` (after it, `-h` would be a file name). */
function asksHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** The one line an internal error is reported in (with its stack under `--debug` or JIXIAO_DEBUG=1). */
export function internalError(e: unknown, debug: boolean): string {
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const line =
    `jixiao ${__JIXIAO_VERSION__}: 内部错误，请报告此问题并附上这一行 / internal error, please report it as a bug with this line: ${message}` +
    (debug ? '' : ' (--debug 显示调用栈 / shows the stack)');
  return debug && e instanceof Error && e.stack !== undefined ? `${line}\n${e.stack}` : line;
}

/**
 * Runs the CLI with the given arguments (without `node` and the script). Never throws: an error no command
 * expected is reported as an internal error (exit 2).
 *
 * @returns the exit code
 */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const debug = argv.includes('--debug') || io.env('JIXIAO_DEBUG') === '1';
  const [first, ...rest] = argv.filter((a) => a !== '--debug');
  try {
    if (first === undefined || first === '--help' || first === '-h') {
      io.out(help());
      return first === undefined ? EXIT.usage : EXIT.ok;
    }
    if (first === '--version' || first === '-v') {
      io.out(__JIXIAO_VERSION__);
      return EXIT.ok;
    }
    const named = first === 'help' ? rest[0] : first;
    const command = COMMANDS.find((c) => c.name === named);
    if (first === 'help') {
      io.out(command === undefined ? help() : commandHelp(command));
      return command === undefined && named !== undefined ? EXIT.usage : EXIT.ok;
    }
    if (!command) {
      io.err(`未知命令 / unknown command: ${first}\n\n${help()}`);
      return EXIT.usage;
    }
    if (asksHelp(rest)) {
      io.out(commandHelp(command));
      return EXIT.ok;
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
  } catch (e) {
    io.err(internalError(e, debug));
    return EXIT.usage;
  }
}
