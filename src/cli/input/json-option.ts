import { decodeTable } from '../../index';
import type { Bilingual, Finding, Result } from '../../index';
import { formatFinding } from '../format';
import { EXIT, type Io } from '../io';
import { readSource, sourceName } from './source';

/** What an option's file gave: its value, or the exit code after the problem was printed. */
export type Loaded<T> = { readonly value: T } | { readonly code: number };

/**
 * Reads the JSON file an option names (`--actuals`, `--progress`, …; `-` for stdin) and checks it with `check`.
 * The same kind of problem gives the same exit code for every option and for FILE: a file that is not there or
 * cannot be read, 2; a file whose content is wrong (bytes that do not decode, text that is not JSON, JSON that
 * `check` refuses), 1. `notFound` replaces the message for a file that is not there.
 */
export async function readJsonOption<T>(
  spec: string,
  what: Bilingual,
  io: Io,
  check: (json: unknown) => Result<T>,
  notFound?: string,
): Promise<Loaded<T>> {
  const source = await readSource(spec, io);
  if ('problem' in source) {
    io.err(source.missing && notFound !== undefined ? notFound : `${what.zh} / ${what.en}: ${source.problem}`);
    return { code: EXIT.usage };
  }
  const name = sourceName(spec);
  const refused = (errors: readonly Finding[]): Loaded<T> => {
    io.err(errors.map((f) => formatFinding(name, f)).join('\n'));
    return { code: EXIT.inputErrors };
  };
  const decoded = decodeTable(source.bytes);
  if (!decoded.ok) return refused(decoded.errors);
  let json: unknown;
  try {
    json = JSON.parse(decoded.value.text);
  } catch (e) {
    io.err(`${what.zh}不是有效的 JSON / the ${what.en} file is not valid JSON: ${name} (${e instanceof Error ? e.message : String(e)})`);
    return { code: EXIT.inputErrors };
  }
  const r = check(json);
  return r.ok ? { value: r.value } : refused(r.errors);
}

/**
 * A preset by its id, or else the JSON file of that name read as {@link readJsonOption} does. An id that is
 * neither says which presets there are.
 */
export async function presetOrFile<T>(
  spec: string,
  presets: Readonly<Record<string, T>>,
  what: Bilingual,
  io: Io,
  check: (json: unknown) => Result<T>,
): Promise<Loaded<T>> {
  if (Object.hasOwn(presets, spec)) return { value: presets[spec] as T };
  const ids = Object.keys(presets).join(', ');
  const notFound = `未知的${what.zh}预设 ${spec}（${ids}），也没有此文件 / unknown preset ${spec} (${ids}) or file not found`;
  return readJsonOption(spec, what, io, check, notFound);
}
