import { budgetMessages as M } from '../i18n/messages/budget';
import { MODEL_LABELS } from '../i18n/labels/model';
import type { Amount } from '../model/common';
import type { PerformanceDocument } from '../model/document';
import type { Bilingual, Finding } from '../model/finding';
import { fractionDigits } from '../money/scaled';
import { Dec, toDecimalString } from '../money/decimal';
import type { IdentityCheck, ReconcileOptions, Reconciliation } from './types';

interface Side {
  readonly pointer: string;
  readonly amount: Amount | undefined;
}

const COLUMN_LABEL: Record<'initial' | 'adjusted' | 'executed', Bilingual> = {
  initial: { zh: '年初预算数', en: 'initial budget' },
  adjusted: { zh: '全年预算数', en: 'adjusted budget' },
  executed: { zh: '全年执行数', en: 'executed amount' },
};

function pathOf(pointer: string): (string | number)[] {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Checks the budget identities of any document (RULES §3), exactly: unit declarations total = sources
 * (财政拨款 + 其他资金) = structure (基本支出 + 项目支出); project declarations total = 财政拨款 + 上年结转 +
 * 其他资金 (+ extra lines); self-evaluations, per column (年初预算数, 全年预算数, 全年执行数), the 年度资金总额
 * line = the sum of the source lines. Blank cells are left out of a sum (blank is not zero); a total that does
 * not reconcile is an error finding with the amounts and the lines involved — never a crash, never a fix.
 *
 * @param doc - a document (imported documents carry `origins`, so findings get line numbers)
 * @param options - see {@link ReconcileOptions}
 * @returns every identity checked, and the findings
 * @example
 * const r = reconcileBudget(seed);
 * r.ok //=> true
 * r.identities.map((c) => `${c.id} ${c.expected} = ${c.actual}`)
 * //=> ['unit/sources 28963548.68 = 28963548.68', 'unit/structure 28963548.68 = 28963548.68']
 * @category Budget
 */
export function reconcileBudget(doc: PerformanceDocument, options: ReconcileOptions = {}): Reconciliation {
  const tolerance = new Dec(options.tolerance ?? '0').abs();
  const asWritten = (options.precision ?? 'as-written') === 'as-written';
  const unit = doc.amountUnit;
  const unitLabel = MODEL_LABELS.amountUnit[unit];
  const identities: IdentityCheck[] = [];
  const findings: Finding[] = [];

  const check = (id: string, label: Bilingual, total: Side, parts: readonly Side[]): void => {
    const paths = [total.pointer, ...parts.map((p) => p.pointer)];
    const present = parts.filter((p): p is Side & { amount: string } => typeof p.amount === 'string');
    const origin = doc.origins?.[total.pointer];
    const place = {
      path: pathOf(total.pointer),
      field: total.pointer,
      ...(origin !== undefined && { line: origin.line, column: origin.column }),
    };
    let expected: Dec | null = null;
    for (const p of present) expected = expected === null ? new Dec(p.amount) : expected.plus(p.amount);
    const actualText = typeof total.amount === 'string' ? total.amount : null;
    const base = { id, label, unit, paths, tolerance: toDecimalString(tolerance) };
    if (actualText === null || expected === null) {
      const partPlaces = Math.max(0, ...present.map((p) => fractionDigits(p.amount)));
      identities.push({ ...base, expected: expected && toDecimalString(expected, partPlaces), actual: actualText, difference: null, holds: null, places: null });
      const code = actualText === null ? 'budget/total-blank' : 'budget/parts-blank';
      findings.push(M.finding(code, 'info', { label: label.zh, labelEn: label.en }, place));
      return;
    }
    const actual = new Dec(actualText);
    const places = asWritten ? fractionDigits(actualText) : null;
    const partPlaces = Math.max(0, ...present.map((p) => fractionDigits(p.amount)));
    // Round the sum only when the total was written with fewer decimals than its parts.
    const compared = places !== null && places < partPlaces ? expected.toDecimalPlaces(places, Dec.ROUND_HALF_UP) : expected;
    const difference = actual.minus(expected);
    const holds = actual.minus(compared).abs().lessThanOrEqualTo(tolerance);
    // Written with the decimals the table used: the sum with its parts' decimals, the total as written.
    const check: IdentityCheck = {
      ...base,
      expected: toDecimalString(expected, partPlaces),
      actual: actualText,
      difference: toDecimalString(difference, Math.max(partPlaces, fractionDigits(actualText))),
      holds,
      places: places !== null && places < partPlaces ? places : null,
    };
    identities.push(check);
    if (!holds) {
      const lines = paths.map((p) => doc.origins?.[p]?.line).filter((l): l is number => l !== undefined);
      findings.push(
        M.finding(
          'budget/identity-fails',
          'error',
          {
            label: label.zh,
            labelEn: label.en,
            expected: check.expected as string,
            actual: check.actual as string,
            difference: check.difference as string,
            unit: unitLabel.zh,
            unitEn: unitLabel.en,
          },
          {
            ...place,
            data: {
              identity: id,
              expected: check.expected,
              actual: check.actual,
              difference: check.difference,
              unit,
              lines: lines.join(','),
            },
          },
        ),
      );
    }
  };

  if (doc.kind === 'unit-declaration') {
    const b = doc.budget;
    const total = { pointer: '/budget/total', amount: b.total };
    check('unit/sources', { zh: '部门整体预算总额 = 财政拨款 + 其他资金', en: 'total = fiscal + other funds' }, total, [
      { pointer: '/budget/sources/fiscal', amount: b.sources.fiscal },
      { pointer: '/budget/sources/other', amount: b.sources.other },
    ]);
    check('unit/structure', { zh: '部门整体预算总额 = 基本支出 + 项目支出', en: 'total = basic + project expenditure' }, total, [
      { pointer: '/budget/structure/basic', amount: b.structure.basic },
      { pointer: '/budget/structure/project', amount: b.structure.project },
    ]);
  } else if (doc.kind === 'project-declaration') {
    const f = doc.funds;
    check(
      'project/funds',
      { zh: '年度资金总额 = 财政拨款 + 上年结转 + 其他资金', en: 'total = fiscal + carry-over + other funds' },
      { pointer: '/funds/total', amount: f.total },
      [
        { pointer: '/funds/fiscal', amount: f.fiscal },
        { pointer: '/funds/carryOver', amount: f.carryOver },
        { pointer: '/funds/other', amount: f.other },
        ...f.extra.map((e, i) => ({ pointer: `/funds/extra/${i}/amount`, amount: e.amount })),
      ],
    );
  } else {
    const lines = doc.budget.lines;
    const totalIndex = lines.findIndex((l) => l.source === 'total');
    if (totalIndex >= 0 && lines.length > 1) {
      for (const column of ['initial', 'adjusted', 'executed'] as const) {
        const c = COLUMN_LABEL[column];
        check(
          `self-evaluation/${column}`,
          { zh: `${c.zh}：年度资金总额 = 各资金来源合计`, en: `${c.en}: total = sum of the sources` },
          { pointer: `/budget/lines/${totalIndex}/${column}`, amount: lines[totalIndex]?.[column] },
          lines.flatMap((l, i) => (i === totalIndex ? [] : [{ pointer: `/budget/lines/${i}/${column}`, amount: l[column] }])),
        );
      }
    }
  }
  return { ok: identities.every((c) => c.holds !== false), identities, findings };
}
