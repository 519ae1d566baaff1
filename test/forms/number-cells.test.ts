import { describe, expect, it } from 'vitest';
import { parseForm } from '../../src/forms/parse-form';
import type { SelfEvaluation } from '../../src/model/self-evaluation';
import { TIANCHANG, fixture, read } from './helpers';

// Amount cells that say "nothing here" read as null (blank is not zero), with the same markers the notation
// stage reads as not applicable — a run of dashes (`——`) included; anything else that is no number is reported.
describe('number cells', () => {
  const carryOver = (cells: string) =>
    fixture(TIANCHANG).replace('上年结转资金\t\t\t\t-\t-', `上年结转资金\t${cells}\t-\t-`);

  it.each([['——\t——\t——'], ['N/A\t/\t不适用'], ['－\t—\t无']])('reads %j as blank amounts, without a warning', (cells) => {
    const r = read(carryOver(cells));
    const line = (r.value as SelfEvaluation).budget.lines.find((l) => l.source === 'carry-over');
    expect(line).toMatchObject({ initial: null, adjusted: null, executed: null });
    expect(r.warnings.filter((w) => w.line === 7).map((w) => w.code)).toEqual([]);
  });

  it('refuses a cell that is neither a number nor a marker, with its place', () => {
    const r = parseForm(carryOver('见附件\t0\t0'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.code, e.line, e.column])).toEqual([['money/not-a-number', 7, 8]]);
    expect(r.partial?.kind === 'self-evaluation' && r.partial.budget.lines.find((l) => l.source === 'carry-over')).toMatchObject({ initial: null, adjusted: '0', executed: '0' });
  });
});
