import { describe, expect, it } from 'vitest';
import { scoreASelfEvaluation } from '../../examples/score-a-self-evaluation';

describe('examples/score-a-self-evaluation.ts', () => {
  it('runs and prints the national and the as-published results of the Tianchang table', () => {
    expect(scoreASelfEvaluation()).toEqual([
      'budget reconciles: true',
      'national: 30.00 差 (published 100)',
      '  budget execution: 10 × 100.00% = 10.00',
      '  claims: 3 agree, 0 differ, 8 cannot be checked',
      'as published: 100.00 优',
      '  unverifiable: 指标1:工程质量合格, 指标1:年度资金支付完成率100%, 指标1:资金执行在预算范围内, 指标1:全市安全度汛, 指标1:保护全市人口财产不受损失, 指标1:已建工程良性运行',
      'custom: 指标1:服务对象满意度 all or nothing → 10.00',
    ]);
  });
});
