import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatForm, parseForm } from '../../src/forms/index';
import type { PerformanceDocument } from '../../src/model/document';
import { PerformanceDocument as Schema } from '../../src/model/document';
import { SEED, NANYUE, TIANCHANG, fixture, read, withoutOrigins } from './helpers';

// round-trip.property.test.ts generates texts without tabs or line breaks. Here the texts of real-shaped
// documents (the fixtures read) are replaced by texts with line breaks, tabs and `"` inside, which formatForm
// writes in Excel's quoted form and parseForm reads back unchanged.

const CHARS = [...'甲乙丙丁戊己庚辛壬癸山川河湖花草木石水火土日月星云风雨'];
const char = fc.constantFrom(...CHARS);
const inner = fc.array(fc.constantFrom(...CHARS, '"', '\t', '“', '，'), { maxLength: 5 }).map((a) => a.join(''));
/** One line: starts and ends with a character (lines are trimmed where a writer puts them on rows of their own). */
const line = fc.tuple(char, inner, char).map(([a, b, c]) => `${a}${b}${c}`);
/** A text of 1 to 3 lines. */
const multiline = fc.array(line, { minLength: 1, maxLength: 3 }).map((a) => a.join('\n'));
/** A one-cell text: as {@link multiline}, or starting with `"` (which Excel quotes too). */
const cellText = fc.oneof(multiline, multiline.map((t) => `"${t}`));

/** Replaces `doc`'s texts with generated ones (a fresh copy: fixture documents are shared). */
function withTexts(doc: PerformanceDocument): fc.Arbitrary<PerformanceDocument> {
  const n = doc.indicators.length;
  const names = fc.array(cellText, { minLength: n, maxLength: n });
  const notes = fc.array(fc.option(cellText, { nil: null }), { minLength: n, maxLength: n });
  const indicators = fc.tuple(names, notes).map(([ns, ds]) =>
    doc.indicators.map((ind, i) => {
      // The seed's 投入管理 rows have no name (their target is the referenced policy): they stay as they are.
      if (ind.name === '') return ind;
      const out = { ...ind, name: ns[i] as string };
      if ('deviationNote' in ind) return { ...out, deviationNote: ds[i] ?? null };
      if ('note' in ind && ind.note !== undefined) return { ...out, note: ds[i] ?? ind.note };
      return out;
    }),
  );
  switch (doc.kind) {
    case 'unit-declaration':
      return fc
        .record({
          unitName: cellText,
          duties: fc.array(multiline, { minLength: doc.duties.length, maxLength: doc.duties.length }),
          annualGoals: fc.array(multiline, { minLength: 1, maxLength: 3 }),
          keyTasks: fc.array(fc.record({ name: cellText, content: cellText }), { minLength: doc.keyTasks.length, maxLength: doc.keyTasks.length }),
          dutyGoals: fc.array(fc.record({ duty: cellText, task: cellText, project: cellText }), { minLength: doc.dutyGoals?.length ?? 0, maxLength: doc.dutyGoals?.length ?? 0 }),
          indicators,
        })
        .map((t) => ({
          ...doc,
          unitName: t.unitName,
          duties: t.duties,
          annualGoals: t.annualGoals,
          keyTasks: t.keyTasks,
          ...(doc.dutyGoals && { dutyGoals: doc.dutyGoals.map((g, i) => ({ ...g, ...t.dutyGoals[i] })) }),
          indicators: t.indicators,
        }));
    case 'project-declaration':
      return fc
        .record({ projectName: cellText, supervisingDepartment: cellText, implementingUnit: cellText, annual: multiline, midTerm: multiline, indicators })
        .map((t) => ({
          ...doc,
          projectName: t.projectName,
          supervisingDepartment: t.supervisingDepartment,
          implementingUnit: t.implementingUnit,
          goal: { annual: t.annual, midTerm: doc.goal.midTerm === null ? null : t.midTerm },
          indicators: t.indicators,
        }));
    case 'self-evaluation':
      return fc
        .record({ name: cellText, supervisingDepartment: cellText, implementingUnit: cellText, planned: cellText, actual: cellText, indicators })
        .map((t) => ({
          ...doc,
          name: t.name,
          supervisingDepartment: t.supervisingDepartment,
          implementingUnit: t.implementingUnit,
          goal: { planned: t.planned, actual: t.actual },
          indicators: t.indicators as typeof doc.indicators,
        }));
  }
}

const FIXTURES = [
  SEED,
  'constructed-unit-declaration-fujian.txt',
  NANYUE,
  'constructed-project-declaration-midterm.txt',
  TIANCHANG,
  'constructed-separate-column-self-evaluation.txt',
  'constructed-unit-self-evaluation.txt',
];

describe('round trip with line breaks, tabs and quotes inside texts (Excel quoting)', () => {
  for (const name of FIXTURES) {
    it(name, () => {
      const r = read(fixture(name));
      const base = withoutOrigins(r.value) as PerformanceDocument;
      fc.assert(
        fc.property(withTexts(base), (doc) => {
          expect(Schema.safeParse(doc).success).toBe(true);
          const text = formatForm(doc, { layout: r.layout });
          const back = parseForm(text);
          if (!back.ok) throw new Error(`${back.errors.map((x) => `${x.line}:${x.code} ${x.message.en}`).join('; ')}\n${text}`);
          expect(back.layout).toBe(r.layout);
          expect(withoutOrigins(back.value)).toEqual(doc);
        }),
        { numRuns: 60 },
      );
    });
  }

  it('writes a cell with a line break, a tab or a leading " in quotes, and no other', () => {
    const doc = read(fixture(SEED)).value;
    if (doc.kind !== 'unit-declaration') throw new Error('seed');
    const text = formatForm({ ...doc, unitName: '老龄\n"事业"\t中心', keyTasks: [{ name: '"引号"开头', content: '他说"好"' }] });
    const lines = text.split('\n');
    expect(lines[5]).toBe('单位名称\t"老龄');
    expect(lines[6]).toBe('""事业""\t中心"\t');
    expect(text).toContain('\n"""引号""开头"\t他说"好"\t\n');
  });
});
