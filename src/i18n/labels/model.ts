import type { Bilingual } from '../../model/finding';

/**
 * Labels of the model's enumerations, for display: appropriation modes, money units, funding sources,
 * qualitative grades, directions, operators.
 *
 * @example
 * MODEL_LABELS.appropriationMode.full.zh //=> '全额'
 * @category Labels
 */
export const MODEL_LABELS = {
  appropriationMode: {
    full: { zh: '全额', en: 'full appropriation' },
    partial: { zh: '差额', en: 'partial appropriation' },
    'self-funded': { zh: '自收自支', en: 'self-funded' },
  },
  amountUnit: {
    yuan: { zh: '元', en: 'yuan' },
    'wan-yuan': { zh: '万元', en: 'ten thousand yuan' },
  },
  fundingSource: {
    total: { zh: '年度资金总额', en: 'total' },
    fiscal: { zh: '财政拨款', en: 'fiscal appropriation' },
    'carry-over': { zh: '上年结转', en: 'carry-over' },
    other: { zh: '其他资金', en: 'other funds' },
    'special-account': { zh: '财政专户管理资金', en: 'special-account funds' },
    'unit-funds': { zh: '单位资金', en: 'unit funds' },
    unspecified: { zh: '其他来源', en: 'unspecified source' },
  },
  qualitativeGrade: {
    achieved: { zh: '达成年度指标', en: 'achieved' },
    'partly-achieved': { zh: '部分达成年度指标并具有一定效果', en: 'partly achieved' },
    'not-achieved': { zh: '未达成年度指标且效果较差', en: 'not achieved' },
  },
  documentKind: {
    'unit-declaration': { zh: '单位整体支出绩效目标申报表', en: 'unit declaration' },
    'project-declaration': { zh: '项目支出绩效目标申报表', en: 'project declaration' },
    'self-evaluation': { zh: '绩效自评表', en: 'self-evaluation' },
  },
} as const satisfies Record<string, Record<string, Bilingual>>;
