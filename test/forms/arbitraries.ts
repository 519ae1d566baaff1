// Arbitrary documents for the round-trip properties: valid documents of each layout.
import fc from 'fast-check';
import type { PerformanceDocument } from '../../src/model/document';
import type { EvaluatedIndicator, Indicator } from '../../src/model/indicator';
import type { Target } from '../../src/model/target';
import type { FormLayout } from '../../src/forms/layout';
import { parseActual, parseTarget, parseTargetColumns } from '../../src/forms/notation';

// Valid documents: texts without tabs or line breaks, trimmed; tier labels and names non-empty; targets and
// actuals as the notation parsers read them (their `raw` is the cell); labels of budget lines that name their source.

const CHARS = [...'甲乙丙丁戊己庚辛壬癸山川河湖花草木石水火土日月星云风雨'];
const text = fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 10 }).map((a) => a.join(''));
const prose = fc.array(fc.constantFrom(...CHARS, '，', '。', '&', '<', '>', ' '), { minLength: 1, maxLength: 20 }).map((a) => a.join('').trim()).filter((s) => s !== '');
const decimal = fc.tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.option(fc.stringMatching(/^\d{1,3}$/u), { nil: undefined })).map(([i, f]) => (f === undefined ? String(i) : `${i}.${f}`));
const small = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.option(fc.stringMatching(/^\d{1,2}$/u), { nil: undefined })).map(([i, f]) => (f === undefined ? String(i) : `${i}.${f}`));
const amount = fc.option(decimal, { nil: null });
const year = fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null });
const orNull = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });

const TIERS: readonly [string, readonly string[]][] = [
  ['产出指标', ['数量指标', '质量指标', '时效指标', '成本指标']],
  ['效益指标', ['经济效益指标', '社会效益指标', '可持续影响指标']],
  ['满意度指标', ['服务对象满意度指标']],
  ['成本指标', ['经济成本指标', '社会成本指标']],
];
const tiers = fc.integer({ min: 0, max: TIERS.length - 1 }).chain((k) => {
  const [t1, t2s] = TIERS[k] as [string, readonly string[]];
  return fc.constantFrom(...t2s).map((t2) => ({ tier1: t1, tier2: t2 }));
});

function must<T>(r: { ok: boolean; value?: T }): T {
  if (!r.ok) throw new Error('generator produced an unreadable cell');
  return r.value as T;
}

const targetCell = fc.oneof(
  fc.tuple(fc.constantFrom('≥', '≤', '=', '>', '<', '>=', '<=', ''), small, fc.constantFrom('个', '%', '人', '万元', '元/亩', '(户)', '')).map(([o, v, u]) => `${o}${v}${u}`),
  fc.constantFrom('及时', '符合', '明显提升', '/', '', '80%-90%', '±3%以内'),
);
const target: fc.Arbitrary<Target> = targetCell.map((t) => must(parseTarget(t)));
const actual = fc.oneof(small, small.map((v) => `${v}%`), fc.constantFrom('达成年度指标', '部分达成年度指标并具有一定效果', '及时', '/', '')).map((a) => must(parseActual(a)));
const columns = fc.oneof(
  fc.tuple(fc.constantFrom('≥', '≤', '=', '>', '<'), small, fc.constantFrom('个', '%', '人', '万元', '')),
  fc.tuple(fc.constant('定性'), fc.constantFrom('及时', '有效', '提升'), fc.constant('')),
  fc.constant(['不适用', '', ''] as [string, string, string]),
);
const columnTarget = columns.map(([operator, value, unit]) => must(parseTargetColumns({ operator, value, unit })));

const tierWeightsFor = (indicators: readonly Indicator[], ranges: boolean) =>
  fc.option(
    fc.tuple(fc.integer({ min: 0, max: 3 }), small, small, fc.boolean()).map(([n, a, b, range]) => {
      const present = [...new Set(indicators.map((i) => i.tier1))].slice(0, n);
      return present.map((tier1) => (ranges && range ? { tier1, weight: null, min: a, max: b } : { tier1, weight: a }));
    }),
    { nil: undefined },
  ).map((w) => (w && w.length > 0 ? w : undefined));

const declared = (opts: { weight: boolean; mid: boolean; note: boolean }) =>
  fc.record({ t: tiers, name: text, target, midTermTarget: target, weight: orNull(small), note: fc.option(text, { nil: undefined }) }).map(
    ({ t, name, target: tg, midTermTarget, weight, note }): Indicator => ({
      ...t,
      name,
      target: tg,
      ...(opts.mid && { midTermTarget }),
      ...(opts.weight && { weight }),
      ...(opts.note && note !== undefined && { note }),
    }),
  );

const REF = '根据沪财绩【2022】13号文的规定要求设置三级指标和指标值';
const HEADINGS = ['预算编审管理', '预算执行管理', '预算绩效管理', '资产管理', '预算透明度', '内部控制管理', '预算信息化'];

const unitDeclaration = fc
  .record({
    fiscalYear: year,
    unitName: text,
    appropriationMode: fc.constantFrom('full', 'partial', 'self-funded', null),
    intro: fc.option(text.map((t) => `${t}：`), { nil: undefined }),
    duties: fc.array(prose, { minLength: 1, maxLength: 5 }),
    annualGoals: fc.array(prose, { maxLength: 3 }),
    keyTasks: fc.array(fc.record({ name: text, content: fc.oneof(text, fc.constant('')) }), { maxLength: 3 }),
    amountUnit: fc.constantFrom('yuan', 'wan-yuan'),
    budget: fc.record({ total: amount, sources: fc.record({ fiscal: amount, other: amount }), structure: fc.record({ basic: amount, project: amount }) }),
    headcount: orNull(fc.integer({ min: 0, max: 5000 })),
    internalDepartments: orNull(fc.integer({ min: 0, max: 50 })),
    reference: fc.integer({ min: 0, max: 7 }),
    indicators: fc.array(declared({ weight: false, mid: false, note: false }), { maxLength: 8 }),
  })
  .chain((d) => {
    const refs: Indicator[] = HEADINGS.slice(0, d.reference).map((tier2) => ({ tier1: '投入管理指标', tier2, name: '', target: { kind: 'reference', text: REF, raw: '' } }));
    const indicators = [...refs, ...d.indicators];
    return tierWeightsFor(d.indicators, false).map((tierWeights): PerformanceDocument => ({
      kind: 'unit-declaration',
      fiscalYear: d.fiscalYear,
      unitName: d.unitName,
      appropriationMode: d.appropriationMode,
      ...(d.intro !== undefined && { dutiesIntro: d.intro }),
      duties: d.duties,
      annualGoals: d.annualGoals,
      keyTasks: d.keyTasks,
      amountUnit: d.amountUnit,
      budget: d.budget,
      headcount: d.headcount,
      internalDepartments: d.internalDepartments,
      indicators,
      ...(tierWeights && { tierWeights }),
    }));
  });

const fujian = fc
  .record({
    fiscalYear: year,
    unitName: text,
    appropriationMode: fc.constantFrom('full', 'partial', null),
    annualGoals: fc.array(prose, { maxLength: 3 }),
    keyTasks: fc.array(fc.record({ name: text, content: text }), { maxLength: 3 }),
    amountUnit: fc.constantFrom('yuan', 'wan-yuan'),
    total: amount,
    basic: amount,
    project: amount,
    dutyGoals: fc.array(fc.record({ duty: text, task: text, project: fc.oneof(text, fc.constant('')), amount }), { maxLength: 4 }),
    indicators: fc.array(declared({ weight: false, mid: false, note: false }), { maxLength: 6 }),
  })
  .map(
    (d): PerformanceDocument => ({
      kind: 'unit-declaration',
      fiscalYear: d.fiscalYear,
      unitName: d.unitName,
      appropriationMode: d.appropriationMode,
      duties: [],
      annualGoals: d.annualGoals,
      keyTasks: d.keyTasks,
      amountUnit: d.amountUnit,
      budget: { total: d.total, sources: { fiscal: null, other: null }, structure: { basic: d.basic, project: d.project } },
      headcount: null,
      internalDepartments: null,
      indicators: d.indicators,
      dutyGoals: d.dutyGoals,
    }),
  );

const lines = (n: number) => fc.array(text, { minLength: n, maxLength: 2 }).map((a) => a.join('\n'));

const projectDeclaration = fc
  .record({ weight: fc.boolean(), mid: fc.boolean(), note: fc.boolean() })
  .chain((opts) =>
    fc.record({
      fiscalYear: year,
      projectName: text,
      supervisingDepartment: orNull(text),
      implementingUnit: orNull(text),
      contact: fc.option(fc.oneof(text, fc.constant('')), { nil: undefined }),
      amountUnit: fc.constantFrom('yuan', 'wan-yuan'),
      funds: fc.record({
        total: amount,
        fiscal: amount,
        carryOver: amount,
        other: amount,
        extra: fc.subarray(['财政专户管理资金', '单位资金', '自筹资金']).chain((labels) => fc.tuple(...labels.map((label) => amount.map((a) => ({ label, amount: a }))))),
      }),
      annual: fc.oneof(lines(1), fc.constant('')),
      midTerm: fc.option(lines(1), { nil: null }),
      indicators: fc.array(declared(opts), { maxLength: 8 }),
    }),
  )
  .chain((d) =>
    tierWeightsFor(d.indicators, true).map((tierWeights): PerformanceDocument => ({
      kind: 'project-declaration',
      fiscalYear: d.fiscalYear,
      projectName: d.projectName,
      supervisingDepartment: d.supervisingDepartment,
      implementingUnit: d.implementingUnit,
      ...(d.contact !== undefined && { contact: d.contact }),
      amountUnit: d.amountUnit,
      funds: d.funds,
      goal: { annual: d.annual, midTerm: d.midTerm },
      indicators: d.indicators,
      ...(tierWeights && { tierWeights }),
    })),
  );

const SOURCES = [
  ['fiscal', '其中：财政拨款'],
  ['carry-over', '上年结转资金'],
  ['other', '其他资金'],
  ['special-account', '财政专户管理资金'],
  ['unit-funds', '单位资金'],
] as const;

function selfEvaluation(layout: 'project-self-evaluation' | 'separate-column-self-evaluation' | 'unit-self-evaluation') {
  const e = layout === 'unit-self-evaluation';
  const row = fc
    .record({
      t: tiers,
      name: text,
      target: layout === 'project-self-evaluation' ? target : columnTarget,
      adjusted: fc.option(small, { nil: undefined }),
      actual,
      weight: orNull(small),
      publishedScore: orNull(small),
      coefficient: orNull(small),
      isCore: fc.constantFrom(true, false, null),
      deviationNote: orNull(text),
    })
    .map((r): EvaluatedIndicator => {
      const tg = e && r.target.kind === 'quantitative' ? must(parseTargetColumns({ operator: '定量', value: r.target.raw.split('\t')[1] ?? '', unit: r.target.raw.split('\t')[2] ?? '' })) : r.target;
      const adjusted = e && tg.kind === 'quantitative' && r.adjusted !== undefined ? must(parseTargetColumns({ operator: '定量', value: r.adjusted, unit: tg.raw.split('\t')[2] ?? '' })) : undefined;
      return {
        ...r.t,
        name: r.name,
        target: tg,
        weight: r.weight,
        actual: r.actual,
        ...(adjusted && { adjustedTarget: adjusted }),
        publishedScore: r.publishedScore,
        ...(e && { coefficient: r.coefficient, isCore: r.isCore }),
        deviationNote: r.deviationNote,
      };
    });
  const line = (source: string, label: string, rate: boolean) =>
    fc.record({ initial: amount, adjusted: amount, executed: amount, rate: fc.option(small, { nil: undefined }) }).map((l) => ({
      source: source as never,
      label,
      initial: l.initial,
      adjusted: l.adjusted,
      executed: l.executed,
      ...(rate && l.rate !== undefined && { publishedRate: l.rate }),
    }));
  return fc
    .record({
      scope: e ? fc.constant('unit' as const) : fc.constantFrom('project' as const, 'unit' as const),
      fiscalYear: year,
      name: text,
      supervisingDepartment: orNull(text),
      implementingUnit: orNull(text),
      amountUnit: fc.constantFrom('yuan', 'wan-yuan'),
      total: line('total', '年度资金总额', false),
      others: fc.subarray([...SOURCES]).chain((ss) => fc.tuple(...ss.map(([s, l]) => line(s, l, true)))),
      weight: orNull(small),
      publishedRate: orNull(small),
      publishedScore: orNull(small),
      planned: fc.oneof(text, fc.constant('')),
      actual: fc.oneof(text, fc.constant('')),
      indicators: fc.array(row, { maxLength: 8 }),
      publishedTotal: orNull(small),
    })
    .chain((d) =>
      tierWeightsFor(d.indicators, false).map((tierWeights): PerformanceDocument => ({
        kind: 'self-evaluation',
        scope: d.scope,
        fiscalYear: d.fiscalYear,
        name: d.name,
        supervisingDepartment: d.supervisingDepartment,
        implementingUnit: d.implementingUnit,
        amountUnit: d.amountUnit,
        budget: { lines: [d.total, ...d.others], weight: d.weight, publishedRate: d.publishedRate, publishedScore: d.publishedScore },
        goal: { planned: d.planned, actual: d.actual },
        indicators: d.indicators,
        ...(tierWeights && { tierWeights }),
        publishedTotal: d.publishedTotal,
      })),
    );
}

/** Random valid documents of each layout, for the round-trip properties (text here, workbooks in test/files). */
export const CASES: [FormLayout, fc.Arbitrary<PerformanceDocument>][] = [
  ['unit-declaration', unitDeclaration],
  ['unit-declaration-fujian', fujian],
  ['project-declaration', projectDeclaration],
  ['project-self-evaluation', selfEvaluation('project-self-evaluation')],
  ['separate-column-self-evaluation', selfEvaluation('separate-column-self-evaluation')],
  ['unit-self-evaluation', selfEvaluation('unit-self-evaluation')],
];

