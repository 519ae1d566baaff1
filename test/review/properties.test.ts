import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviewMessages } from '../../src/i18n/messages/review';
import type { Indicator } from '../../src/model/indicator';
import { reviewDocument } from '../../src/review/review-document';
import { reviewRules, ruleSets } from '../../src/review/rule-set';
import { ind, project, q } from './helpers';

const tiers = fc.constantFrom(
  ['产出指标', '数量指标'],
  ['产出指标', '质量指标'],
  ['产出指标', '时效指标'],
  ['产出指标', '成本指标'],
  ['效益指标', '社会效益指标'],
  ['满意度指标', '服务对象满意度指标'],
  ['(50分)', '数量指标'],
  ['投入管理指标', '预算执行管理'],
);
const names = fc.constantFrom('助餐点数量', '指标1:合格率', '满意度(≥**%)', '指标2:', '……', '', '资金支付完成率100%', '项目总成本', '★覆盖率');
const targets: fc.Arbitrary<Indicator['target']> = fc.oneof(
  fc.record({
    op: fc.constantFrom('>=', '>', '=', '<', '<=', null),
    value: fc.constantFrom('0', '1', '79.99', '80', '100', '105', '6962.00'),
    unit: fc.constantFrom('%', '个', '万元', '元/亩', null),
  }).map(({ op, value, unit }) => q(op as '>=' | null, value, unit)),
  fc.constant<Indicator['target']>({ kind: 'qualitative', text: '及时', raw: '及时' }),
  fc.constant<Indicator['target']>({ kind: 'missing', raw: '' }),
  fc.constant<Indicator['target']>({ kind: 'notApplicable', raw: '/' }),
  fc.constant<Indicator['target']>({ kind: 'reference', text: '按规定', raw: '按规定' }),
);
const indicator = fc.tuple(tiers, names, targets, fc.option(fc.constantFrom('5', '10', '8.5'), { nil: undefined })).map(([[t1, t2], n, t, w]) => ind(t1 as string, t2 as string, n, t, w));

describe('reviewDocument (properties)', () => {
  it('never throws, never mutates, counts add up, every finding is coded and bilingual', () => {
    fc.assert(
      fc.property(fc.array(indicator, { maxLength: 12 }), fc.boolean(), (indicators, shanghai) => {
        const doc = project(indicators);
        const before = structuredClone(doc);
        const r = reviewDocument(doc, shanghai ? ruleSets.shanghai : ruleSets.national);
        expect(doc).toEqual(before);
        expect(r.counts.error + r.counts.warning + r.counts.info).toBe(r.findings.length);
        for (const f of r.findings) {
          expect(f.code).toMatch(/^(review|budget)\//);
          expect(f.message.zh.length).toBeGreaterThan(0);
          expect(f.message.en.length).toBeGreaterThan(0);
        }
        // errors come first
        const ranks = r.findings.map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
        expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
      }),
      { numRuns: 200 },
    );
  });

  it('disabling a rule removes exactly its findings', () => {
    fc.assert(
      fc.property(fc.array(indicator, { maxLength: 10 }), fc.constantFrom(...reviewRules.map((r) => r.id)), (indicators, id) => {
        const doc = project(indicators);
        const all = reviewDocument(doc).findings.filter((f) => f.data?.rule !== id);
        const without = reviewDocument(doc, { ...ruleSets.national, rules: { ...ruleSets.national.rules, [id]: { ...ruleSets.national.rules[id]!, enabled: false } } }).findings;
        expect(without).toEqual(all);
      }),
      { numRuns: 100 },
    );
  });

  it('every rule has its code in the review catalogue', () => {
    for (const r of reviewRules) expect(Object.keys(reviewMessages.defs)).toContain(`review/${r.id}`);
  });
});
