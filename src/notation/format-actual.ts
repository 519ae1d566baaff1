import { MODEL_LABELS } from '../i18n/labels/model';
import type { Actual } from '../model/actual';
import { chineseDay } from './internal/date-text';

/**
 * Writes an actual (实际完成值) plainly, from its parsed parts rather than its `raw` text: a number with its unit
 * (`32户`), a grade by its standard wording (`达成年度指标`), a word as it is, a completion date as a day
 * (`2024年11月20日`, `11月20日` without a year), `/` for not applicable and the empty string for missing. {@link parseActual} reads every output back to the same actual.
 *
 * @param actual - the actual
 * @returns the cell text
 * @example
 * formatActual({ kind: 'quantitative', value: '32', unit: '户', raw: ' 32 户' }) //=> '32户'
 * formatActual({ kind: 'grade', grade: 'partly-achieved', raw: '部分达成' }) //=> '部分达成年度指标并具有一定效果'
 * formatActual({ kind: 'date', date: '2024-11-20', raw: '2024年11月20日完成' }) //=> '2024年11月20日'
 * formatActual({ kind: 'missing', raw: '' }) //=> ''
 * @category Notation
 */
export function formatActual(actual: Actual): string {
  switch (actual.kind) {
    case 'quantitative':
      return `${actual.value}${actual.unit ?? ''}`;
    case 'grade':
      return MODEL_LABELS.qualitativeGrade[actual.grade].zh;
    case 'qualitative':
      return actual.text;
    case 'date':
      return chineseDay(actual.date);
    case 'notApplicable':
      return '/';
    case 'missing':
      return '';
  }
}
