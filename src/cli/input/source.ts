import type { Io } from '../io';

/** The name that reads standard input. */
export const STDIN = '-';

/** What reading a source gave: its bytes, or why there are none (`missing` when nothing is at that path). */
export type Source = { readonly bytes: Uint8Array } | { readonly problem: string; readonly missing: boolean };

/** The name a source is shown by in messages. */
export function sourceName(spec: string): string {
  return spec === STDIN ? '<stdin>' : spec;
}

/** The bytes of a file, or of standard input for `-`. */
export async function readSource(spec: string, io: Io): Promise<Source> {
  if (spec === STDIN) return { bytes: await io.readStdin() };
  try {
    return { bytes: io.readFile(spec) };
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? String(e.code) : '';
    return { problem: `无法读取文件 / cannot read file: ${spec} (${e instanceof Error ? e.message : String(e)})`, missing: code === 'ENOENT' };
  }
}
