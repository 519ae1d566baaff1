import { deepFreeze } from '../model/deep-freeze';
import type { EvaluationSettings, GradeWords } from './types';

/**
 * Words that grade a qualitative actual beyond the standard grade phrases (which `parseActual` reads as
 * grades already) and beyond the planned word itself (及时 for 及时 counts as 达成), the timeliness words
 * included (`按时完成` against a deadline is 达成, `延期完成` 未达成). [U]: a setting of the scheme. Frozen.
 *
 * @example
 * DEFAULT_GRADE_WORDS.achieved.includes('达标') //=> true
 * @category Evaluation
 */
export const DEFAULT_GRADE_WORDS: GradeWords = deepFreeze({
  'not-achieved': ['未达成', '未完成', '未达到', '未实现', '不合格', '不符合', '不及时', '未达标', '未按时', '未及时', '延期', '逾期', '超期'],
  'partly-achieved': ['部分达成', '部分完成', '部分实现', '基本达成', '基本完成', '基本实现', '基本符合', '基本达标', '基本按时', '基本及时'],
  achieved: ['达成', '完成', '达到', '实现', '达标', '合格', '符合', '按时', '及时', '准时', '如期'],
});

/**
 * The evaluation settings used when no scheme is given: those of the `national` preset, and the defaults of
 * the settings a scheme may leave out: a declared direction is used where the operator is missing, deadlines
 * have no grace days and a late completion is 未达成. Frozen.
 *
 * @example
 * DEFAULT_EVALUATION_SETTINGS.missingOperator //=> 'incomparable'
 * @category Evaluation
 */
export const DEFAULT_EVALUATION_SETTINGS: EvaluationSettings = deepFreeze({
  missingOperator: 'incomparable',
  declaredDirection: 'use',
  deadlines: { graceDays: 0, late: 'not-achieved' },
  qualitative: { words: DEFAULT_GRADE_WORDS },
  clampNegativeActuals: true,
  overAchievement: '1.3',
});
