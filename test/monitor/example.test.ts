import { describe, expect, it } from 'vitest';
import { monitorAUnit } from '../../examples/monitor-a-unit';

describe('examples/monitor-a-unit.ts', () => {
  it('runs and prints the monitoring summary of the Minhang example', () => {
    expect(monitorAUnit()).toEqual([
      'month basis: 58.33%, day basis: 58.20%',
      'budget: 60.42% executed, 103.58% of time progress → green',
      '蓝色（超进度） 高龄特困助医助养人数: 171.43%',
      '黄色预警 享受“康乐福”项目套餐二的目标人数: 76.33%',
      '红色预警 老吾老培训人数: 51.43%',
      '黄色预警 社区老人居家养老生活品质提升情况: —%',
      'overall: red',
      'error monitor/deviation-reason-missing: “享受“康乐福”项目套餐二的目标人数”的完成目标可能性为“有可能”，但未填写偏差原因分析',
      'payments on time: 85.71% (late: 3月 2天)',
    ]);
  });
});
