import { deepFreeze } from '../../model/deep-freeze';
import type { Scheme } from '../scheme';
import { national } from './national';

/**
 * Hubei's variant (RULES §4 [S]): 预算执行 20, 产出 40, 效益 + 满意度 40 (one tier); qualitative bands with
 * 80% / 50% cut-offs. Everything else as {@link national}.
 *
 * @example
 * hubei.budgetExecution.weight //=> '20'
 * hubei.qualitative.bands['partly-achieved'].min //=> '0.5'
 * @category Scoring
 */
export const hubei: Scheme = deepFreeze({
  ...national,
  id: 'hubei',
  label: { zh: '湖北', en: 'Hubei' },
  budgetExecution: { ...national.budgetExecution, weight: '20' },
  tiers: [
    { key: 'output', label: { zh: '产出指标', en: 'output' }, weight: '40', categories: ['output', 'cost'], labels: [] },
    {
      key: 'outcome-satisfaction',
      label: { zh: '效益及满意度指标', en: 'outcome and satisfaction' },
      weight: '40',
      categories: ['outcome', 'satisfaction'],
      labels: [],
    },
  ],
  qualitative: {
    ...national.qualitative,
    bands: {
      achieved: { min: '0.8', max: '1', point: 'upper' },
      'partly-achieved': { min: '0.5', max: '0.8', point: 'lower' },
      'not-achieved': { min: '0', max: '0.5', point: 'lower' },
    },
  },
  provenance: {
    ...national.provenance,
    tiers: { source: 'Hubei forms and deployed systems: 预算执行 20, 产出 40, 效益+满意度 40', confidence: 'S' },
    'budgetExecution.weight': { source: 'Hubei forms and deployed systems', confidence: 'S' },
    'qualitative.bands': { source: 'Hubei variant: 80/50 cut-offs', confidence: 'S' },
  },
});
