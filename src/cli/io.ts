import { readFileSync } from 'node:fs';

/** The CLI's only contact with the world, so that commands can be tested without a process. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readFile: (path: string) => string;
}

/** The process's stdout, stderr and file system. */
export const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  readFile: (p) => readFileSync(p, 'utf8'),
};

/** Exit codes: 0 read fine, 1 the input has errors, 2 usage errors. */
export const EXIT = { ok: 0, inputErrors: 1, usage: 2 } as const;

/** A CLI command: its name, one line of help (zh / en) and its run function. */
export interface Command {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  readonly run: (args: readonly string[], io: Io) => number | Promise<number>;
}
