import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/model/indicator';
import { reviewDocument } from '../../src/review/review-document';
import { ind, project, q } from './helpers';

const codes = (indicators: Indicator[]) => reviewDocument(project(indicators)).findings.map((f) => [f.code, f.path]);
const base = project().indicators;
const withRow = (row: Indicator) => [...base, row];

describe('review of date targets and declared directions', () => {
  it('never flags a deadline or a period as missing a unit or an operator', () => {
    expect(codes(withRow(ind('产出指标', '时效指标', '采购计划完成时间', { kind: 'deadline', due: '--11-30', raw: '11月底之前' })))).toEqual([]);
    expect(codes(withRow(ind('产出指标', '时效指标', '实施期', { kind: 'period', from: '2023-07-01', to: '2024-01-31', raw: '2023.07-2024.01' })))).toEqual([]);
  });

  it('direction-conflict: 正向 with ≤, 反向 with ≥, 定性 with a number (Zhalaite: 指标性质 beside 指标方向)', () => {
    const row = (target: Indicator['target'], direction: Indicator['direction']): Indicator => ({ ...ind('产出指标', '数量指标', '车辆采购数量', target), direction });
    expect(codes(withRow(row(q('>=', '1', '辆'), 'lower-is-better')))).toEqual([['review/direction-conflict', ['indicators', 6, 'direction']]]);
    expect(codes(withRow(row(q('<', '1', '辆'), 'higher-is-better')))).toEqual([['review/direction-conflict', ['indicators', 6, 'direction']]]);
    expect(codes(withRow(row(q('>=', '1', '辆'), 'qualitative')))).toEqual([['review/direction-conflict', ['indicators', 6, 'direction']]]);
    const r = reviewDocument(project(withRow(row(q('>=', '1', '辆', '大于等于1辆'), 'lower-is-better'))));
    expect(r.findings[0]?.message.zh).toBe('三级指标“车辆采购数量”的指标方向为“反向”，与指标值“大于等于1辆”矛盾');
    // agreeing directions, =, words and dates are no conflict
    expect(codes(withRow(row(q('<=', '1', '辆'), 'lower-is-better')))).toEqual([]);
    expect(codes(withRow(row(q('=', '100', '%'), 'higher-is-better')))).toEqual([]);
    expect(codes(withRow(row({ kind: 'qualitative', text: '长期', raw: '长期' }, 'qualitative')))).toEqual([]);
    expect(codes(withRow(row({ kind: 'deadline', due: '--11-30', raw: '11月底之前' }, 'qualitative')))).toEqual([]);
  });

  it('operator-missing: not on a row that declares 正向 or 反向 (evaluation reads the operator from it)', () => {
    const bare = ind('产出指标', '数量指标', '车辆采购数量', q(null, '1', '辆'));
    expect(codes(withRow(bare))).toEqual([['review/operator-missing', ['indicators', 6, 'target']]]);
    expect(codes(withRow({ ...bare, direction: 'lower-is-better' }))).toEqual([]);
    expect(codes(withRow({ ...bare, direction: 'qualitative' })).map((c) => c[0])).toEqual(['review/operator-missing', 'review/direction-conflict']);
  });
});
