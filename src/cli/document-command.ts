import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { TABLE_ENCODINGS } from '../index';
import type { PerformanceDocument, TableEncoding } from '../index';
import { formatErrors } from './format';
import { INPUT_EXTENSIONS, readDocuments, type ReadDocument, type ReadOptions } from './input/formats';
import type { Loaded } from './input/json-option';
import { readSource, sourceName, STDIN } from './input/source';
import { EXIT, type Command, type Io, type Terminal } from './io';
import { NO_PROGRESS, type Progress, progressBar } from './progress';
import { failureJson } from './summary';

/** The option values of a command, as `parseArgs` gives them. */
export type Values = Readonly<Record<string, string | boolean | undefined>>;

/** A string option's value. */
export function option(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

/** What a command says about one document: the exit code, what goes to stdout (text or JSON) and to stderr. */
export interface Report {
  readonly code: number;
  readonly text?: string;
  readonly json?: unknown;
  readonly err?: string;
  /** A file to write (`--out`): the run writes it, then prints `text`. */
  readonly write?: { readonly path: string; readonly bytes: Uint8Array };
}

/** A document read, with what could be read of it when reading found errors. */
export type ReadWithDocument = ReadDocument & { readonly doc: PerformanceDocument };

/** A command that reads documents from FILE (or `-`, or a directory) and reports on each. */
export interface DocumentCommandSpec<S> {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  readonly details: readonly string[];
  /** Its own options (`--encoding` is every such command's; `--quiet` comes with `directories`). */
  readonly options: Readonly<Record<string, { readonly type: 'string' | 'boolean' }>>;
  /** False for a command without `--json` (`convert` writes JSON with `--to json`). */
  readonly json?: false;
  /** Whether FILE may be a directory: each file in it is reported on, then a summary. */
  readonly directories: boolean;
  /** How to read the files, from the options. */
  readonly readOptions?: (values: Values) => Omit<ReadOptions, 'encoding'>;
  /** Checks the options and loads what every document shares (a scheme, a rule set); prints its own problems. */
  readonly prepare: (values: Values, io: Io) => Loaded<S> | Promise<Loaded<S>>;
  /** The report on one document; `read.errors` is not empty when it holds only what could be read. */
  readonly report: (read: ReadWithDocument, shared: S, values: Values) => Report | Promise<Report>;
}

const ENCODING = { encoding: { type: 'string' } } as const;
const JSON_OPTION = { json: { type: 'boolean' } } as const;
const QUIET = { quiet: { type: 'boolean', short: 'q' } } as const;

/** The report on one document: its read errors first, then what the command says (of what could be read). */
async function reportDocument<S>(spec: DocumentCommandSpec<S>, read: ReadDocument, shared: S, values: Values): Promise<Report> {
  const problems = [read.failure, read.errors.length > 0 ? formatErrors(read.name, read.errors) : null].filter((t) => t !== null).join('\n');
  if (read.doc === null) return { code: EXIT.inputErrors, err: problems, json: failureJson(read) };
  const r = await spec.report(read as ReadWithDocument, shared, values);
  if (problems === '') return r;
  return { ...r, code: Math.max(r.code, EXIT.inputErrors), err: r.err === undefined ? problems : `${problems}\n${r.err}` };
}

/** The reports on the documents of one file, each as soon as it is read. */
async function* reportFile<S>(spec: DocumentCommandSpec<S>, file: string, shared: S, values: Values, io: Io, progress?: ReadOptions['progress']): AsyncGenerator<{ name: string; report: Report }> {
  const source = await readSource(file, io);
  if ('problem' in source) {
    yield { name: file, report: { code: EXIT.usage, err: source.problem, json: { error: source.problem } } };
    return;
  }
  const encoding = option(values, 'encoding') as TableEncoding | undefined;
  for await (const read of readDocuments(sourceName(file), source.bytes, { ...spec.readOptions?.(values), encoding, progress })) {
    yield { name: read.name, report: written(await reportDocument(spec, read, shared, values), io) };
  }
}

/** The report once its file (`--out`) is written; a file that cannot be written is a usage error (exit 2). */
function written(report: Report, io: Io): Report {
  if (report.write === undefined) return report;
  try {
    io.writeFile(report.write.path, report.write.bytes);
    return report;
  } catch (e) {
    const problem = `无法写入文件 / cannot write file: ${report.write.path} (${e instanceof Error ? e.message : String(e)})`;
    return { code: EXIT.usage, err: problem, json: { error: problem } };
  }
}

/** FILE, or the table files in FILE when it is a directory (sorted, hidden files left out). */
function listInputs(file: string, directories: boolean, io: Io): { files: readonly string[]; directory: boolean } | { problem: string } {
  const entries = file === STDIN ? null : io.readDir(file);
  if (entries === null) return { files: [file], directory: false };
  if (!directories) return { problem: `${file} 是目录，此命令只读一个文件 / is a directory; this command reads one file` };
  const files = entries
    .filter((n) => !n.startsWith('.') && INPUT_EXTENSIONS.some((e) => n.toLowerCase().endsWith(e)))
    .sort()
    .map((n) => join(file, n));
  if (files.length === 0) return { problem: `${file} 中没有表格文件 / has no table files (${INPUT_EXTENSIONS.join(' ')})` };
  return { files, directory: true };
}

function usageError(spec: { readonly usage: string }, io: Io, why?: string): number {
  io.err(`${why === undefined ? '' : `用法错误 / usage error: ${why}\n`}用法 / usage: ${spec.usage}`);
  return EXIT.usage;
}

/** A directory's last line: how many documents read fine, had errors, or could not be read (by exit code). */
function tally(counts: readonly number[]): string {
  const [ok = 0, errors = 0, usage = 0] = counts;
  return `共 ${ok + errors + usage} 个文档 / documents: ${ok} 无错误 / fine · ${errors} 有错误 / with errors · ${usage} 无法读取或用法错误 / unreadable or usage errors`;
}

/** Runs a document command over FILE: one document, or every file of a directory with a progress bar and a tally. */
async function runDocuments<S>(spec: DocumentCommandSpec<S>, args: readonly string[], io: Io): Promise<number> {
  const { positionals, values } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { ...ENCODING, ...(spec.json !== false && JSON_OPTION), ...(spec.directories && QUIET), ...spec.options },
  });
  const file = positionals[0];
  if (positionals.length !== 1 || file === undefined) return usageError(spec, io);
  const encoding = option(values, 'encoding');
  if (encoding !== undefined && !(TABLE_ENCODINGS as readonly string[]).includes(encoding)) return usageError(spec, io, `--encoding: ${TABLE_ENCODINGS.join(' | ')}`);
  const stdinReaders = [...positionals, ...Object.values(values)].filter((v) => v === STDIN).length;
  if (stdinReaders > 1) return usageError(spec, io, '标准输入 (-) 只能读一次 / standard input (-) can be read once');
  const inputs = listInputs(file, spec.directories, io);
  if ('problem' in inputs) return usageError(spec, io, inputs.problem);
  const shared = await spec.prepare(values, io);
  if ('code' in shared) return shared.code;
  const json = values.json === true;
  const directory = inputs.directory;
  const showBar = io.terminal !== null && values.quiet !== true;
  const bar = directory && io.terminal !== null && showBar ? progressBar(inputs.files.length, io.terminal, io.now) : NO_PROGRESS;
  const counts = [0, 0, 0];
  let code: number = EXIT.ok;
  let documents = 0;
  const print = (name: string, report: Report, many: boolean): void => {
    counts[report.code] = (counts[report.code] ?? 0) + 1;
    code = Math.max(code, report.code);
    if (report.err !== undefined && report.err !== '') io.err(report.err);
    if (json && many) io.out(JSON.stringify({ file: name, exitCode: report.code, output: report.json ?? null }));
    else if (json && report.json !== undefined && report.code !== EXIT.usage) io.out(JSON.stringify(report.json, null, 2));
    else if (!json && report.text !== undefined) {
      io.out(report.text);
      if (many) io.out('');
    }
  };
  for (const [i, file] of inputs.files.entries()) {
    // Let the event loop run between files: a reader that stopped early (`| head`) ends the run here.
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    bar.update(i, file);
    // One file of many documents (a department's tables in one text) has a bar of its own, over its text.
    const inner: { bar: Progress | null } = { bar: null };
    const progress = directory || io.terminal === null || !showBar ? undefined : (done: number, total: number) => (inner.bar ??= progressBar(total, io.terminal as Terminal, io.now)).update(done, `${documents} 个文档 / documents`);
    // The first document's report waits for the second: a file of one document prints as one document.
    let first: { name: string; report: Report } | null = null;
    for await (const r of reportFile(spec, file, shared.value, values, io, progress)) {
      documents++;
      bar.clear();
      inner.bar?.clear();
      if (!directory && documents === 1) {
        first = r;
        continue;
      }
      if (first !== null) {
        print(first.name, first.report, true);
        first = null;
      }
      print(r.name, r.report, true);
      await new Promise((resolve) => setImmediate(resolve));
    }
    inner.bar?.clear();
    bar.clear();
    if (first !== null) print(first.name, first.report, false);
  }
  if (directory || documents > 1) (json ? io.err : io.out)(tally(counts));
  return code;
}

/** A {@link Command} from a document command's spec. */
export function documentCommand<S>(spec: DocumentCommandSpec<S>): Command {
  const details = [
    ...spec.details,
    ...(spec.json !== false ? ['--json                  JSON 输出 / JSON output'] : []),
    `--encoding ENCODING     文件编码，默认自动识别 / the file's encoding, detected if not given: ${TABLE_ENCODINGS.join(' | ')}`,
    ...(spec.directories ? ['-q, --quiet             不显示进度条 / no progress bar'] : []),
  ];
  return { name: spec.name, usage: spec.usage, summary: spec.summary, details, run: (args, io) => runDocuments(spec, args, io) };
}
