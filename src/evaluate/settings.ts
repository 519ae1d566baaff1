import { deepFreeze } from '../model/deep-freeze';
import type { EvaluationSettings, GradeWords } from './types';

/**
 * Words that grade a qualitative actual beyond the standard grade phrases (which `parseActual` reads as
 * grades already) and beyond the planned word itself (及时 for 及时 counts as 达成). [U]: a setting of the scheme.
 * Frozen.
 *
 * @example
 * DEFAULT_GRADE_WORDS.achieved.includes('达标') //=> true
 * @category Evaluation
 */
export const DEFAULT_GRADE_WORDS: GradeWords = deepFreeze({
  'not-achieved': ['未达成', '未完成', '未达到', '未实现', '不合格', '不符合', '不及时', '未达标'],
  'partly-achieved': ['部分达成', '部分完成', '部分实现', '基本达成', '基本完成', '基本实现', '基本符合', '基本达标'],
  achieved: ['达成', '完成', '达到', '实现', '达标', '合格', '符合'],
});

/**
 * The evaluation settings used when no scheme is given: those of the `national` preset. Frozen.
 *
 * @example
 * DEFAULT_EVALUATION_SETTINGS.missingOperator //=> 'incomparable'
 * @category Evaluation
 */
export const DEFAULT_EVALUATION_SETTINGS: EvaluationSettings = deepFreeze({
  missingOperator: 'incomparable',
  qualitative: { words: DEFAULT_GRADE_WORDS },
  clampNegativeActuals: true,
  overAchievement: '1.3',
});
