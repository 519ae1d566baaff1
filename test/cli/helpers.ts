import { readFileSync } from 'node:fs';
import type { Io } from '../../src/cli/io';

/** An Io that records what the CLI writes and reads the real files. */
export function recordingIo(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), readFile: (p) => readFileSync(p, 'utf8') };
}
