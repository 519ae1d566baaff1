import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseForm } from '../../src/forms/index';
import { scoreSelfEvaluation } from '../../src/score/index';
import { row, selfEvaluation } from './helpers';

// Issue 11.6: separate-column layouts keep a target's cells in `raw` with tabs ("定量指标\t≥3200\t人"), and
// explanations and traces showed them; rows with no name were shown as "".
describe('display strings', () => {
  const cards = readdirSync('test/fixtures')
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => {
      const r = parseForm(readFileSync(`test/fixtures/${f}`, 'utf8'));
      return r.ok && r.value.kind === 'self-evaluation' ? [{ f, doc: r.value, card: scoreSelfEvaluation(r.value) }] : [];
    });

  it('never contain a tab, though separate-column targets keep their tabs in raw', () => {
    expect(cards.length).toBeGreaterThan(5);
    const separate = cards.find((c) => c.f === 'constructed-separate-column-self-evaluation.txt');
    expect(separate?.doc.indicators[0]?.target.raw).toContain('\t');
    expect(separate?.card.indicators[0]).toMatchObject({ target: '≥12处', explanation: { zh: '完成值 12 达到目标 ≥12处' } });
    for (const { card } of cards) {
      const shown = [
        ...card.indicators.flatMap((r) => [r.target, r.actual, r.trace, r.explanation.zh, r.explanation.en]),
        ...card.warnings.flatMap((f) => [f.message.zh, f.message.en]),
        ...card.claims.flatMap((c) => [c.label.zh, c.note?.zh ?? '']),
      ];
      expect(shown.filter((s) => s.includes('\t'))).toEqual([]);
    }
  });

  it('name a row with no name by its second tier, else by its place, never as “”', () => {
    const doc = selfEvaluation([row('产出指标', '数量指标', '', '≥30户', '', '40', '40'), row('产出指标', '', '', '≥1', '', '10')], { adjusted: '1', executed: '1' });
    const card = scoreSelfEvaluation(doc);
    const messages = card.warnings.filter((f) => f.code === 'score/not-reported-zero').map((f) => f.message.zh);
    expect(messages).toEqual(['“数量指标”未填报完成值，按评分方案计 0 分（不是把空白当作数字 0）', '“#1”未填报完成值，按评分方案计 0 分（不是把空白当作数字 0）']);
    expect(card.claims[0]?.label.zh).toBe('数量指标');
    expect(card.warnings.some((f) => f.message.zh.includes('“”'))).toBe(false);
  });
});
