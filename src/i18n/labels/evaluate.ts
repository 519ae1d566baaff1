import type { Bilingual } from '../../model/finding';

/**
 * Labels of evaluation statuses, for display.
 *
 * @example
 * EVALUATE_LABELS.status['not-reported'].zh //=> '未填报'
 * @category Labels
 */
export const EVALUATE_LABELS = {
  status: {
    met: { zh: '达成', en: 'met' },
    'not-met': { zh: '未达成', en: 'not met' },
    'partly-met': { zh: '部分达成', en: 'partly met' },
    'not-reported': { zh: '未填报', en: 'not reported' },
    'not-applicable': { zh: '不适用', en: 'not applicable' },
    incomparable: { zh: '无法比较', en: 'incomparable' },
  },
} as const satisfies Record<string, Record<string, Bilingual>>;
