import { describe, expect, it } from 'vitest';
import { DEFAULT_EVALUATION_SETTINGS, evaluateIndicator } from '../../src/evaluate/index';
import type { Indicator, Target } from '../../src/model/index';
import { parseTarget } from '../../src/notation/parse-target';

function ind(target: string | Target): Indicator {
  let t: Target;
  if (typeof target === 'string') {
    const r = parseTarget(target);
    if (!r.ok) throw new Error(`bad target ${target}`);
    t = r.value;
  } else t = target;
  return { tier1: '产出指标', tier2: '数量指标', name: 'x', target: t };
}

describe('evaluateIndicator', () => {
  it('reads numbers with and without units against ≥, = and ≤', () => {
    expect(evaluateIndicator(ind('≥30户'), '32户')).toMatchObject({ status: 'met', direction: 'higher-is-better', completion: '1.0667' });
    expect(evaluateIndicator(ind('≥30户'), '24户')).toMatchObject({ status: 'not-met', completion: '0.8000' });
    expect(evaluateIndicator(ind('≥90%'), '90')).toMatchObject({ status: 'met', completion: '1.0000' });
    expect(evaluateIndicator(ind('≥90%'), '90').findings.map((f) => f.code)).toEqual(['evaluate/unit-assumed']);
    expect(evaluateIndicator(ind('≤25家'), '40家')).toMatchObject({ status: 'not-met', direction: 'lower-is-better', completion: '0.6250' });
    expect(evaluateIndicator(ind('=0起'), '0起')).toMatchObject({ status: 'met', direction: 'equal', completion: '1.0000' });
    expect(evaluateIndicator(ind('=0起'), '2起')).toMatchObject({ status: 'not-met', completion: '0.0000' });
  });

  it('honours strict operators', () => {
    expect(evaluateIndicator(ind('>30'), '30').status).toBe('not-met');
    expect(evaluateIndicator(ind('<5'), '5').status).toBe('not-met');
    expect(evaluateIndicator(ind('<5'), '4').status).toBe('met');
  });

  it('never reads a missing actual as zero', () => {
    const e = evaluateIndicator(ind('≥30户'), '');
    expect(e).toMatchObject({ status: 'not-reported', completion: null });
    expect(e.findings.map((f) => f.code)).toEqual(['evaluate/not-reported']);
    expect(e.explanation.en).toBe('no actual reported (not read as 0)');
  });

  it('compares units that differ only by 万 / 亿 in the target unit, exactly, and says so', () => {
    const e = evaluateIndicator(ind('≥10000人次'), '1.2万人次');
    expect(e).toMatchObject({ status: 'met', completion: '1.2000' });
    expect(e.findings.map((f) => [f.code, f.severity, f.message.zh])).toEqual([
      ['evaluate/unit-scaled', 'info', '完成值“1.2万人次”按目标单位换算为 12000人次 后比较（万、亿为精确的数量级）'],
    ]);
    expect(evaluateIndicator(ind('≤50万元'), '520000.5元')).toMatchObject({ status: 'not-met', completion: '0.9615' });
    expect(evaluateIndicator(ind('≤50万元'), '520000.5元').findings[0]?.message.en).toContain('as 52.00005万元');
    expect(evaluateIndicator(ind('80-100万元'), '900000元').status).toBe('met');
    // Only the magnitude words scale: 千米 and 米 stay different units.
    expect(evaluateIndicator(ind('≥5千米'), '5000米').status).toBe('incomparable');
  });

  it('reads a bare fraction against a percent target as written, with a warning', () => {
    const e = evaluateIndicator(ind('≥90%'), '0.95');
    expect(e).toMatchObject({ status: 'not-met', completion: '0.0106' });
    expect(e.findings.map((f) => [f.code, f.severity])).toEqual([
      ['evaluate/unit-assumed', 'info'],
      ['evaluate/fraction-against-percent', 'warning'],
    ]);
    expect(e.findings[1]?.message.zh).toBe('完成值“0.95”未写单位且小于 1，而目标“≥90%”是百分数：按所写数值比较；若为小数（如 0.95 即 95%），请改写为百分数');
    // Not for 0, a percent actual, a target below 1%, or a target in another unit.
    for (const [t, a] of [['≥90%', '0'], ['≥90%', '0.95%'], ['≤0.5%', '0.3'], ['≥30户', '0.5']] as const) {
      expect(evaluateIndicator(ind(t), a).findings.map((f) => f.code)).not.toContain('evaluate/fraction-against-percent');
    }
  });

  it('marks not applicable from either side', () => {
    expect(evaluateIndicator(ind('/'), '/').status).toBe('not-applicable');
    expect(evaluateIndicator(ind('≥30户'), '/').status).toBe('not-applicable');
    expect(evaluateIndicator(ind('≥30户'), '不适用').status).toBe('not-applicable');
  });

  it('is incomparable, with a finding, for units that differ and for a word against a number', () => {
    const u = evaluateIndicator(ind('≥30户'), '30人');
    expect(u).toMatchObject({ status: 'incomparable', completion: null });
    expect(u.findings[0]).toMatchObject({ code: 'evaluate/unit-mismatch' });
    expect(u.explanation.zh).toBe('计量单位不一致：目标为“户”，完成值为“人”，无法比较');
    expect(evaluateIndicator(ind('≥30户'), '达成年度指标').findings.map((f) => f.code)).toEqual(['evaluate/word-against-number']);
    expect(evaluateIndicator(ind('及时'), '100%').findings.map((f) => f.code)).toEqual(['evaluate/number-against-word']);
    expect(evaluateIndicator(ind({ kind: 'missing', raw: '' }), '12个').findings.map((f) => f.code)).toEqual(['evaluate/target-missing']);
  });

  it('grades qualitative actuals: grades, the planned word, grade words; partial grades are partly-met', () => {
    expect(evaluateIndicator(ind('及时'), '及时')).toMatchObject({ status: 'met', direction: 'qualitative', grade: 'achieved' });
    expect(evaluateIndicator(ind('提升'), '部分达成年度指标并具有一定效果')).toMatchObject({ status: 'partly-met', grade: 'partly-achieved' });
    expect(evaluateIndicator(ind('提升'), '未达成年度指标且效果较差')).toMatchObject({ status: 'not-met', grade: 'not-achieved' });
    expect(evaluateIndicator(ind('合格'), '基本完成')).toMatchObject({ status: 'partly-met' });
    expect(evaluateIndicator(ind('合格'), '不合格')).toMatchObject({ status: 'not-met' });
    const odd = evaluateIndicator(ind('提升'), '有所改善');
    expect(odd.status).toBe('incomparable');
    expect(odd.findings.map((f) => f.code)).toEqual(['evaluate/ungradable-word']);
    // A reference target (the seed's 投入管理 block) is graded by the evaluator's grade.
    const ref: Target = { kind: 'reference', text: '根据沪财绩【2022】13号文的规定要求设置三级指标和指标值', raw: '' };
    expect(evaluateIndicator(ind(ref), '达成年度指标').status).toBe('met');
  });

  it('follows the missing-operator policy: equal values meet any reading; otherwise a setting decides', () => {
    expect(evaluateIndicator(ind('1'), '1')).toMatchObject({ status: 'met', direction: 'none' });
    const d = evaluateIndicator(ind('90%'), '100%');
    expect(d.status).toBe('incomparable');
    expect(d.findings.map((f) => f.code)).toEqual(['evaluate/operator-missing']);
    const atLeast = evaluateIndicator(ind('90%'), '100%', { ...DEFAULT_EVALUATION_SETTINGS, missingOperator: 'at-least' });
    expect(atLeast).toMatchObject({ status: 'met', direction: 'higher-is-better' });
    expect(atLeast.findings.map((f) => f.code)).toEqual(['evaluate/operator-assumed']);
  });

  it('warns of over-achievement and clamps negative actuals (settings)', () => {
    expect(evaluateIndicator(ind('≥100个'), '130个').findings.map((f) => f.code)).toEqual(['evaluate/over-achievement']);
    expect(evaluateIndicator(ind('≥100个'), '129个').findings).toEqual([]);
    expect(evaluateIndicator(ind('≥100个'), '200个', { ...DEFAULT_EVALUATION_SETTINGS, overAchievement: null }).findings).toEqual([]);
    const neg = evaluateIndicator(ind('≥10'), { kind: 'quantitative', value: '-3', unit: null, raw: '-3' });
    expect(neg).toMatchObject({ status: 'not-met', completion: '0.0000' });
    expect(neg.findings.map((f) => f.code)).toEqual(['evaluate/negative-actual']);
  });

  it('handles ranges and tolerance bands', () => {
    const range: Target = { kind: 'range', min: '80', max: '90', unit: '%', raw: '80%-90%' };
    expect(evaluateIndicator(ind(range), '85%').status).toBe('met');
    expect(evaluateIndicator(ind(range), '72%')).toMatchObject({ status: 'not-met', completion: '0.9000' });
    const tol: Target = { kind: 'tolerance', reference: null, band: '3', unit: '%', raw: '±3%以内' };
    expect(evaluateIndicator(ind(tol), '2%').status).toBe('met');
    expect(evaluateIndicator(ind(tol), '6%')).toMatchObject({ status: 'not-met', completion: '0.5000' });
  });

  it('explains in both languages and does not change its inputs', () => {
    const i = ind('≥30户');
    const copy = structuredClone(i);
    const e = evaluateIndicator(i, '24户');
    expect(e.explanation).toEqual({ zh: '完成值 24户 未达到目标 ≥30户（完成 80.00%）', en: 'the actual 24户 falls short of the target ≥30户 (80.00% complete)' });
    expect(i).toEqual(copy);
  });
});
