import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

/** A terminal to draw a progress bar on: stderr, when it is one. */
export interface Terminal {
  readonly write: (text: string) => void;
  /** Its width in columns. */
  readonly columns: number;
}

/** The CLI's only contact with the world, so that commands can be tested without a process. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** A file's bytes; throws a Node system error (with its `code`, such as `ENOENT`) when it cannot be read. */
  readonly readFile: (path: string) => Uint8Array;
  /** Everything on standard input, as bytes. */
  readonly readStdin: () => Promise<Uint8Array>;
  /** Writes a file (`--out`); throws a Node system error when it cannot. */
  readonly writeFile: (path: string, bytes: Uint8Array) => void;
  /** The names in a directory, or null when `path` is not a directory. */
  readonly readDir: (path: string) => readonly string[] | null;
  /** Stderr when it is a terminal (for the progress bar), else null. */
  readonly terminal: Terminal | null;
  /** Milliseconds since some fixed moment (for the progress bar's delay). */
  readonly now: () => number;
  /** An environment variable. */
  readonly env: (name: string) => string | undefined;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function readDir(path: string): readonly string[] | null {
  try {
    return readdirSync(path);
  } catch (e) {
    // Not a directory, or nothing there: the caller reads it as a file and reports why that fails.
    if (e instanceof Error && 'code' in e && (e.code === 'ENOTDIR' || e.code === 'ENOENT')) return null;
    throw e;
  }
}

const line = (t: string): string => (t.endsWith('\n') ? t : `${t}\n`);

/** The process's stdout, stderr, stdin, file system, clock and environment. */
export const processIo: Io = {
  out: (t) => process.stdout.write(line(t)),
  err: (t) => process.stderr.write(line(t)),
  readFile: (p) => readFileSync(p),
  writeFile: (p, bytes) => writeFileSync(p, bytes),
  readStdin,
  readDir,
  terminal: process.stderr.isTTY ? { write: (t) => process.stderr.write(t), columns: process.stderr.columns || 80 } : null,
  now: () => performance.now(),
  env: (name) => process.env[name],
};

/** Exit codes: 0 read fine, 1 the input has errors, 2 usage error, unreadable file or internal error. */
export const EXIT = { ok: 0, inputErrors: 1, usage: 2 } as const;

/** A CLI command: its name, usage line, one line of help (zh / en), the lines `--help` adds, and its run function. */
export interface Command {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  /** Each option explained, one per line (`--help` prints them). */
  readonly details: readonly string[];
  readonly run: (args: readonly string[], io: Io) => number | Promise<number>;
}
