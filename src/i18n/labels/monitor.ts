import type { Bilingual } from '../../model/finding';

/**
 * Labels of monitoring's enumerations: warning colours, likelihoods of meeting a target (完成目标可能性), time
 * bases and timeliness statuses.
 *
 * @example
 * MONITOR_LABELS.colour.yellow.zh //=> '黄色预警'
 * MONITOR_LABELS.likelihood.possible.zh //=> '有可能'
 * @category Labels
 */
export const MONITOR_LABELS = {
  colour: {
    red: { zh: '红色预警', en: 'red' },
    yellow: { zh: '黄色预警', en: 'yellow' },
    green: { zh: '绿色', en: 'green' },
    blue: { zh: '蓝色（超进度）', en: 'blue (ahead)' },
  },
  likelihood: {
    certain: { zh: '确定能', en: 'certain' },
    possible: { zh: '有可能', en: 'possible' },
    impossible: { zh: '不可能', en: 'impossible' },
  },
  basis: {
    day: { zh: '按天', en: 'by day' },
    month: { zh: '按月', en: 'by month' },
  },
  timeliness: {
    'on-time': { zh: '按时', en: 'on time' },
    late: { zh: '逾期完成', en: 'late' },
    overdue: { zh: '逾期未完成', en: 'overdue' },
    pending: { zh: '未到期', en: 'pending' },
  },
} as const satisfies Record<string, Record<string, Bilingual>>;
