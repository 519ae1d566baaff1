import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { Io, Terminal } from '../../src/cli/io';

type Bytes = string | Uint8Array;
const bytes = (b: Bytes): Uint8Array => (typeof b === 'string' ? new TextEncoder().encode(b) : b);

export interface TestIoOptions {
  /** Files in memory, read before the real file system. */
  readonly files?: Readonly<Record<string, Bytes>>;
  readonly stdin?: Bytes;
  readonly terminal?: Terminal;
  readonly now?: () => number;
  readonly env?: Readonly<Record<string, string>>;
}

/** An Io that records what the CLI writes, and reads the real files (and those given in memory). */
export function recordingIo(options: TestIoOptions = {}): Io & { stdout: string[]; stderr: string[]; written: Map<string, Uint8Array> } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const written = new Map<string, Uint8Array>();
  const files = options.files ?? {};
  return {
    stdout,
    stderr,
    written,
    writeFile: (p, b) => {
      written.set(p, b);
    },
    out: (t) => stdout.push(t),
    err: (t) => stderr.push(t),
    readFile: (p) => {
      const f = files[p];
      if (f !== undefined) return bytes(f);
      return readFileSync(p);
    },
    readStdin: async () => bytes(options.stdin ?? ''),
    readDir: (p) => (p in files ? null : statSync(p, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(p) : null),
    terminal: options.terminal ?? null,
    now: options.now ?? (() => 0),
    env: (name) => options.env?.[name],
  };
}
