import { DEFAULT_GRADE_WORDS } from '../../evaluate/settings';
import { deepFreeze } from '../../model/deep-freeze';
import type { Scheme } from '../scheme';

/**
 * The national default scheme for project self-evaluations (RULES §4–§5): 财预〔2020〕10号
 * 《项目支出绩效评价管理办法》 and the national self-evaluation form's footnote — 产出 50, 效益 30, 满意度 10,
 * 预算执行率 10 of 100; positive `a / t`; reverse `t / a`; equality like positive, zero-target rule;
 * qualitative bands 80% / 60%; 优 90 / 良 80 / 中 60. `provenance` names the source and confidence of each
 * setting; [S] and [U] settings are defaults to override, not facts. Frozen, like every preset: build another
 * with {@link defineScheme} (`extends: 'national'`).
 *
 * @example
 * national.tiers.map((t) => `${t.key} ${t.weight}`) //=> ['output 50', 'outcome 30', 'satisfaction 10']
 * national.budgetExecution.weight //=> '10'
 * @category Scoring
 */
export const national: Scheme = deepFreeze({
  id: 'national',
  label: { zh: '全国通用（财预〔2020〕10号）', en: 'national default (MOF 2020 No. 10)' },
  total: '100',
  budgetExecution: { weight: '10', cap: '1', zeroBudget: 'unscored' },
  tiers: [
    // 成本指标 counts with 产出 as in the older templates (RULES §1).
    { key: 'output', label: { zh: '产出指标', en: 'output' }, weight: '50', categories: ['output', 'cost'], labels: [] },
    { key: 'outcome', label: { zh: '效益指标', en: 'outcome' }, weight: '30', categories: ['outcome'], labels: [] },
    { key: 'satisfaction', label: { zh: '满意度指标', en: 'satisfaction' }, weight: '10', categories: ['satisfaction'], labels: [] },
  ],
  weights: { from: 'table', spread: 'equal' },
  formulas: { reverse: 'ratio', scoring: 'formula' },
  qualitative: {
    bands: {
      achieved: { min: '0.8', max: '1', point: 'upper' },
      'partly-achieved': { min: '0.6', max: '0.8', point: 'lower' },
      'not-achieved': { min: '0', max: '0.6', point: 'lower' },
    },
    fixedPoints: null,
    words: {
      achieved: [...DEFAULT_GRADE_WORDS.achieved],
      'partly-achieved': [...DEFAULT_GRADE_WORDS['partly-achieved']],
      'not-achieved': [...DEFAULT_GRADE_WORDS['not-achieved']],
    },
  },
  notApplicable: 'rescale',
  missingActual: 'zero',
  missingOperator: 'incomparable',
  overAchievement: '1.3',
  clampNegativeActuals: true,
  gradeBasis: 'score',
  grades: [
    { grade: '优', label: { zh: '优', en: 'excellent' }, min: '90', max: '100' },
    { grade: '良', label: { zh: '良', en: 'good' }, min: '80', max: '90' },
    { grade: '中', label: { zh: '中', en: 'fair' }, min: '60', max: '80' },
    { grade: '差', label: { zh: '差', en: 'poor' }, min: '0', max: '60' },
  ],
  rounding: { places: 2 },
  provenance: {
    total: { source: '财预〔2020〕10号; national self-evaluation form', confidence: 'C' },
    tiers: { source: 'national self-evaluation form footnote (产出 50, 效益 30, 满意度 10, 预算执行率 10)', confidence: 'C' },
    'budgetExecution.weight': { source: 'national self-evaluation form footnote', confidence: 'C' },
    'budgetExecution.cap': { source: 'min(B / A, 1) × w, RULES §4', confidence: 'C' },
    'budgetExecution.zeroBudget': { source: 'library decision: no division by a zero budget', confidence: 'U' },
    'weights.from': { source: 'RULES §4: declared per-indicator weights, where a form has them, win over defaults', confidence: 'C' },
    'weights.spread': { source: 'library decision: equal shares, exact allocation', confidence: 'U' },
    'formulas.positive': { source: 'published local forms; vendor systems', confidence: 'S' },
    'formulas.reverse': { source: 'published local forms (ratio); linear variant in use', confidence: 'S' },
    'formulas.equality': { source: 'vendor systems: as positive when t > 0, zero-target rule', confidence: 'S' },
    'qualitative.bands': { source: '达成 [80%, 100%], 部分达成 [60%, 80%), 未达成 [0, 60%)', confidence: 'S' },
    'qualitative.points': { source: 'published tables score 及时/及时 at full marks; lower bound otherwise', confidence: 'U' },
    'qualitative.words': { source: 'library decision', confidence: 'U' },
    notApplicable: { source: 'not-applicable indicators are not scored; remaining weights rescaled', confidence: 'C' },
    missingActual: { source: 'RULES §4: a missing actual is not zero; default scores 0 and is flagged', confidence: 'U' },
    missingOperator: { source: 'RULES §2: read as ≥ only if the caller says so', confidence: 'U' },
    overAchievement: { source: 'Guangxi: a ≥ 1.3 t asks for a 偏差原因', confidence: 'S' },
    clampNegativeActuals: { source: 'vendor systems', confidence: 'S' },
    gradeBasis: { source: 'library decision: the bands are read against the total as it is (RULES §5)', confidence: 'U' },
    grades: { source: 'MOF 预算司 (secondary): 优 ≥ 90, 良 [80, 90), 中 [60, 80), 差 < 60', confidence: 'C' },
    rounding: { source: 'published tables: each score to 2 decimals half-up, total = sum of rounded scores', confidence: 'C' },
  },
});
