import type { Bilingual } from '../../model/finding';

/**
 * Labels of review's enumerations: finding severities, the confidence tags of rules (RULES.md) and the rule set
 * presets.
 *
 * @example
 * REVIEW_LABELS.severity.error.zh //=> '错误'
 * REVIEW_LABELS.preset.shanghai.zh //=> '上海'
 * @category Labels
 */
export const REVIEW_LABELS = {
  severity: {
    error: { zh: '错误', en: 'error' },
    warning: { zh: '警告', en: 'warning' },
    info: { zh: '提示', en: 'note' },
  },
  confidence: {
    C: { zh: '见于正式文件', en: 'read in an official document' },
    S: { zh: '见于公开表格或在用系统', en: 'seen in published forms or deployed systems' },
    U: { zh: '推断，未核实', en: 'believed, not verified' },
  },
  preset: {
    national: { zh: '全国', en: 'national' },
    shanghai: { zh: '上海', en: 'Shanghai' },
  },
} as const satisfies Record<string, Record<string, Bilingual>>;
