import { validateDocument } from 'jixiao';
import type {
  EvaluatedIndicator,
  Indicator,
  PerformanceDocument,
  ProjectDeclaration,
  SelfEvaluation,
  SelfEvaluationBudget,
  UnitDeclaration,
} from 'jixiao';
import { indicator, row } from './indicator';

/**
 * What a document builder takes: any field of the document (replacing the default), plus indicators to add
 * to the document's list and paths of indicators to leave out.
 *
 * @example
 * const o: DocumentOptions<ProjectDeclaration> = {
 *   projectName: '入户指导',
 *   add: [indicator('成本指标/经济成本指标/每户成本', '≤500元/户')],
 *   without: ['满意度指标'],
 * };
 * @category Testing
 */
export type DocumentOptions<D extends PerformanceDocument> = Partial<Omit<D, 'kind'>> & {
  /** Indicators appended to the list (the default one, or `indicators` when given). */
  readonly add?: readonly D['indicators'][number][];
  /** Leaves out the list's indicators under these paths: a tier-1 label, `tier1/tier2`, or `tier1/tier2/name` (never those of `add`). */
  readonly without?: readonly string[];
};

/** The indicators of the default declarations: every category the national review asks for, clean targets. */
function declarationIndicators(): Indicator[] {
  return [
    indicator('产出指标/数量指标/助餐点数量', '≥12个'),
    indicator('产出指标/质量指标/食品安全检查合格率', '=100%'),
    indicator('产出指标/时效指标/补贴按时发放率', '=100%'),
    indicator('成本指标/经济成本指标/每餐补贴标准', '≤5元/餐'),
    indicator('效益指标/社会效益指标/老年人就餐便利度', '明显提升'),
    indicator('满意度指标/服务对象满意度指标/用餐老人满意度', '≥90%'),
  ];
}

/** The rows of the default self-evaluation: weights 90 in all (the budget execution has the other 10), each met. */
function selfEvaluationRows(): EvaluatedIndicator[] {
  return [
    row('产出指标/数量指标/助餐点数量', '≥12个', { actual: '12个', weight: '20' }),
    row('产出指标/质量指标/食品安全检查合格率', '=100%', { actual: '100%', weight: '15' }),
    row('产出指标/时效指标/补贴按时发放率', '=100%', { actual: '100%', weight: '15' }),
    row('效益指标/社会效益指标/老年人就餐便利度', '明显提升', { actual: '达成', weight: '30' }),
    row('满意度指标/服务对象满意度指标/用餐老人满意度', '≥90%', { actual: '95%', weight: '10' }),
  ];
}

function under(ind: Indicator, path: string): boolean {
  const parts = path.split('/');
  const [tier1, tier2, ...name] = parts;
  return ind.tier1 === tier1 && (tier2 === undefined || ind.tier2 === tier2) && (name.length === 0 || ind.name === name.join('/'));
}

/** Applies the options to a default document and checks the result: a builder never returns an invalid document. */
function build<D extends PerformanceDocument>(defaults: D, options: DocumentOptions<D>): D {
  if (typeof options !== 'object' || options === null) throw new TypeError('options: expected an object of document fields');
  const { add = [], without = [], ...fields } = options;
  const base = { ...defaults, ...fields } as D;
  // `without` leaves out indicators of the list; `add` appends after, so an added one is never left out.
  const indicators = [...base.indicators.filter((ind) => !without.some((path) => under(ind, path))), ...add];
  const doc = { ...base, indicators } as D;
  const r = validateDocument(doc);
  if (!r.ok) {
    throw new TypeError(`options: the document built is not valid: ${r.errors.map((e) => e.message.en).join('; ')}`);
  }
  return doc;
}

/**
 * A project declaration (项目支出绩效目标申报表) that passes the national review with no finding and whose funds
 * reconcile: output (quantity, quality, timeliness), cost, outcome and satisfaction indicators. Any field can
 * be replaced; `add` appends indicators and `without` leaves some out.
 *
 * @param options - fields to replace, indicators to add or leave out
 * @returns a valid project declaration (a new object on every call)
 * @throws TypeError when the options make the document invalid
 * @example
 * const doc = projectDeclaration({ without: ['成本指标'] });
 * doc.indicators.length //=> 5
 * @category Testing
 */
export function projectDeclaration(options: DocumentOptions<ProjectDeclaration> = {}): ProjectDeclaration {
  return build<ProjectDeclaration>(
    {
      kind: 'project-declaration',
      fiscalYear: 2024,
      projectName: '社区助餐点运营补贴',
      supervisingDepartment: '某区民政局',
      implementingUnit: '某区养老服务中心',
      amountUnit: 'wan-yuan',
      funds: { total: '120.00', fiscal: '100.00', carryOver: null, other: '20.00', extra: [] },
      goal: { annual: '为辖区老年人提供助餐服务', midTerm: null },
      indicators: declarationIndicators(),
    },
    options,
  );
}

/**
 * A unit (whole-expenditure) declaration (单位整体支出绩效目标申报表) that passes the national review with no
 * finding and whose budget reconciles (total = sources = structure).
 *
 * @param options - fields to replace, indicators to add or leave out
 * @returns a valid unit declaration (a new object on every call)
 * @throws TypeError when the options make the document invalid
 * @example
 * unitDeclaration({ unitName: '某区养老服务中心', headcount: 30 }).headcount //=> 30
 * @category Testing
 */
export function unitDeclaration(options: DocumentOptions<UnitDeclaration> = {}): UnitDeclaration {
  return build<UnitDeclaration>(
    {
      kind: 'unit-declaration',
      fiscalYear: 2024,
      unitName: '某区养老服务中心',
      appropriationMode: 'full',
      duties: ['负责辖区养老服务设施的运营管理'],
      annualGoals: ['完善社区养老服务，提升老年人生活质量'],
      keyTasks: [{ name: '社区助餐', content: '运营社区助餐点，为老年人提供助餐服务' }],
      amountUnit: 'yuan',
      budget: { total: '3000000.00', sources: { fiscal: '3000000.00', other: '0.00' }, structure: { basic: '1000000.00', project: '2000000.00' } },
      headcount: 25,
      internalDepartments: 4,
      indicators: declarationIndicators(),
    },
    options,
  );
}

/**
 * The budget block of a self-evaluation from its two figures: 全年预算数 and 全年执行数 on the 年度资金总额
 * line and on the one 财政拨款 line it sums (so it reconciles), 年初预算数 equal to the adjusted budget, and
 * the weight of budget execution (分值, default `10`).
 *
 * @param adjusted - 全年预算数, a decimal string in the document's unit
 * @param executed - 全年执行数
 * @param options - the weight, and the published rate and score (claims), null by default
 * @returns the budget block
 * @example
 * selfEvaluation({ budget: selfEvaluationBudget('120', '108') }).budget.lines[0]?.executed //=> '108'
 * @category Testing
 */
export function selfEvaluationBudget(
  adjusted: string,
  executed: string,
  options: { readonly weight?: string | null; readonly publishedRate?: string | null; readonly publishedScore?: string | null } = {},
): SelfEvaluationBudget {
  return {
    lines: [
      { source: 'total', label: '年度资金总额', initial: adjusted, adjusted, executed },
      { source: 'fiscal', label: '财政拨款', initial: adjusted, adjusted, executed },
    ],
    weight: options.weight === undefined ? '10' : options.weight,
    publishedRate: options.publishedRate ?? null,
    publishedScore: options.publishedScore ?? null,
  };
}

/**
 * A project self-evaluation (绩效自评表) that passes the national review with no finding, reconciles, and
 * scores 100 under the national scheme: rows weighted 20/15/15/30/10, each met, and a budget fully executed
 * (weight 10). Published scores are null (no claims) unless given. `scope: 'unit'` makes it a whole-unit one.
 *
 * @param options - fields to replace, rows to add or leave out
 * @returns a valid self-evaluation (a new object on every call)
 * @throws TypeError when the options make the document invalid
 * @example
 * const doc = selfEvaluation({ budget: selfEvaluationBudget('120', '96') });
 * scoreSelfEvaluation(doc).total //=> '98.00'
 * @category Testing
 */
export function selfEvaluation(options: DocumentOptions<SelfEvaluation> = {}): SelfEvaluation {
  return build<SelfEvaluation>(
    {
      kind: 'self-evaluation',
      scope: 'project',
      fiscalYear: 2024,
      name: '社区助餐点运营补贴',
      supervisingDepartment: '某区民政局',
      implementingUnit: '某区养老服务中心',
      amountUnit: 'wan-yuan',
      budget: selfEvaluationBudget('120.00', '120.00'),
      goal: { planned: '为辖区老年人提供助餐服务', actual: '全年为辖区老年人提供助餐服务' },
      indicators: selfEvaluationRows(),
      publishedTotal: null,
    },
    options,
  );
}
