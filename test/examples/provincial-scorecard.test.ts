import { describe, expect, it } from 'vitest';
import { provincialScorecard } from '../../examples/provincial-scorecard';

describe('examples/provincial-scorecard.ts', () => {
  const lines = provincialScorecard();

  it('states its scheme: 40/40/10/10 by policy, grades 90/75/60', () => {
    expect(lines[0]).toBe('scheme provincial-2024: 产出指标 40, 效益指标 40, 满意度指标 10, 预算执行 10');
  });

  it('scores Tianchang with the scheme’s weights, not the table’s 10s (rescaled for its one not-applicable row)', () => {
    expect(lines).toContain('水旱灾害防御经费: 28.00 of 100, 差 (graded on score 28.00)');
    expect(lines).toContain('  指标1:完成中型灌区节水改造项目数量: 1 = 1 → 9.00');
    expect(lines).toContain('  claim 指标1:完成中型灌区节水改造项目数量: published 10, computed 9.00 → differs');
    expect(lines).toContain('  table weights: 13 kept as claims, 12 differ (10→9.00 10→9.00 10→9.00 10→9.00 10→9.00 10→11.25 10→11.25 10→11.25 10→11.25 50→45 30→33.75 10→11.25)');
  });

  it('scores Tangxi: fixed points for 达成 (the table’s 8 is a claim only), the reverse-cost scorer, 75 as 良’s floor', () => {
    expect(lines).toContain('委托业务项目: 80.00 of 90, 良 (graded on score 80.00)');
    expect(lines).toContain('  经费支出合规性: 6.67 × 100% = 6.67');
    expect(lines).toContain('  claim 经费支出合规性: published 8, computed 6.67 → differs');
    expect(lines).toContain('  项目总成本: 90 within 90 → 6.66');
    expect(lines).toContain('  claim 预算执行率得分: published 0, computed — → unverifiable');
  });
});
