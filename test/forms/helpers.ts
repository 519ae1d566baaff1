import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PerformanceDocument } from '../../src/model/document';
import { parseForm } from '../../src/forms/parse-form';
import type { FormResult } from '../../src/forms/types';

export const fixture = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');

export const SEED = 'minhang-2024-unit-declaration.txt';
export const TANGXI = 'ah-chizhou-tangxi-2022-project-self-evaluation.txt';
export const TIANCHANG = 'ah-tianchang-2022-project-self-evaluation.txt';
export const NANYUE = 'hn-nanyue-2018-project-declaration.txt';

/** Parses and insists on success (the test fails with the errors otherwise). */
export function read(text: string, options?: Parameters<typeof parseForm>[1]): Extract<FormResult, { ok: true }> {
  const r = parseForm(text, options);
  if (!r.ok) throw new Error(`expected ok, got ${r.errors.map((e) => `${e.line}:${e.column} ${e.code} ${e.message.en}`).join('; ')}`);
  return r;
}

/** The document without its origins (what round trips compare). */
export function withoutOrigins<D extends PerformanceDocument>(doc: D): Omit<D, 'origins'> {
  const { origins: _origins, ...rest } = doc;
  return rest;
}

/** code@line of every finding, for compact assertions. */
export const where = (fs: readonly { code: string; line?: number }[]): string[] => fs.map((f) => `${f.code}@${f.line ?? '-'}`);
