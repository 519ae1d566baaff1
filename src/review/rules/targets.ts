import { z } from 'zod';
import { NOTATION_LABELS } from '../../i18n/labels/notation';
import { reviewMessages as M } from '../../i18n/messages/review';
import { DecimalString } from '../../model/decimal-string';
import { Dec } from '../../money/decimal';
import { inCategory, isSatisfaction, tier1Key, unitOf } from '../indicators';
import type { ReviewRule, RuleHit } from '../rule';
import { ALL_KINDS, at, nameOf } from './common';

const text = (code: keyof typeof M.defs) => M.defs[code].title;

/** `review/target-missing`: every tier-3 indicator has a target value. */
export const targetMissing: ReviewRule<{ allowInTier1: string[] }> = {
  id: 'target-missing',
  title: text('review/target-missing'),
  why: {
    zh: '三级指标承载指标值，没有指标值就无法监控和评价（完整性）',
    en: 'the tier-3 row carries the target; without one the indicator cannot be monitored or evaluated (completeness)',
  },
  source: 'RULES §1, §6; 财预〔2021〕101号',
  confidence: 'C',
  kinds: ALL_KINDS,
  severity: 'error',
  params: z.strictObject({ allowInTier1: z.array(z.string()) }),
  // The seed's 投入管理 block gives one reference (沪财绩〔2022〕13号) for its seven headings.
  defaults: { allowInTier1: ['input-management'] },
  check(doc, params, ctx) {
    const hits: RuleHit[] = [];
    doc.indicators.forEach((ind, i) => {
      if (ind.target.kind !== 'missing' || ctx.names[i]?.isPlaceholderRow) return;
      const allowed = params.allowInTier1.find((c) => inCategory(ind, c, 1));
      if (allowed !== undefined) {
        const covered = doc.indicators.some((o) => o.target.kind === 'reference' && inCategory(o, allowed, 1));
        if (covered) return;
      }
      hits.push({
        path: at(i, 'target'),
        message: M.defs['review/target-missing'].text({ name: nameOf(ind, i) }),
        suggestion: { zh: '填写指标值（如 ≥30户、=100%、及时）', en: 'fill in the target (e.g. ≥30户, =100%, 及时)' },
      });
    });
    return hits;
  },
};

/** `review/target-reference`: a target that only cites a rule, outside the blocks where that is the form. */
export const targetReference: ReviewRule<{ allowInTier1: string[] }> = {
  id: 'target-reference',
  title: text('review/target-reference'),
  why: {
    zh: '指标值应可衡量；只引用文件的指标无法监控和评价（投入管理指标按规定引用文件除外）',
    en: 'targets should be measurable; a reference to a rule cannot be monitored (except where the form prescribes it, as for 投入管理)',
  },
  source: 'RULES §1, §6',
  confidence: 'S',
  kinds: ALL_KINDS,
  severity: 'warning',
  params: z.strictObject({ allowInTier1: z.array(z.string()) }),
  defaults: { allowInTier1: ['input-management'] },
  check(doc, params) {
    const hits: RuleHit[] = [];
    doc.indicators.forEach((ind, i) => {
      const t = ind.target;
      if (t.kind !== 'reference' || params.allowInTier1.some((c) => inCategory(ind, c, 1))) return;
      hits.push({ path: at(i, 'target'), message: M.defs['review/target-reference'].text({ name: nameOf(ind, i), text: t.text }) });
    });
    return hits;
  },
};

/** `review/unit-missing`: a unit on every quantitative target. */
export const unitMissing: ReviewRule<Record<string, never>> = {
  id: 'unit-missing',
  title: text('review/unit-missing'),
  why: {
    zh: '定量指标没有计量单位，完成值无法比较（定性、定量（其他）、不适用除外）',
    en: 'without a unit a quantitative target cannot be compared with its actual (qualitative, 定量（其他） and not-applicable rows excepted)',
  },
  source: 'RULES §6 (national code list: unit required except 定性/定量（其他）/不适用)',
  confidence: 'S',
  kinds: ALL_KINDS,
  severity: 'warning',
  params: z.strictObject({}),
  defaults: {},
  check(doc) {
    const hits: RuleHit[] = [];
    doc.indicators.forEach((ind, i) => {
      const t = ind.target;
      if ((t.kind === 'quantitative' || t.kind === 'range' || t.kind === 'tolerance') && unitOf(t) === null) {
        hits.push({ path: at(i, 'target'), message: M.defs['review/unit-missing'].text({ name: nameOf(ind, i), raw: t.raw }) });
      }
    });
    return hits;
  },
};

/** `review/operator-missing`: a number with no operator. */
export const operatorMissing: ReviewRule<Record<string, never>> = {
  id: 'operator-missing',
  title: text('review/operator-missing'),
  why: {
    zh: '没有计算符号就不知道是正向（≥）、反向（≤）还是等于，评分和监控都无法进行；本库不替用户猜测（表中指标方向写明正向或反向的除外）',
    en: 'without an operator the direction (≥, ≤, =) is unknown and neither scoring nor monitoring can proceed; the library does not guess (rows whose declared direction is 正向 or 反向 excepted)',
  },
  source: 'RULES §2, §6',
  confidence: 'S',
  kinds: ALL_KINDS,
  severity: 'warning',
  params: z.strictObject({}),
  defaults: {},
  check(doc) {
    const hits: RuleHit[] = [];
    doc.indicators.forEach((ind, i) => {
      const t = ind.target;
      // A row that declares 正向 / 反向 gives the direction the operator would (evaluation reads it from there).
      if (ind.direction === 'higher-is-better' || ind.direction === 'lower-is-better') return;
      if (t.kind === 'quantitative' && t.op === null) {
        hits.push({
          path: at(i, 'target'),
          message: M.defs['review/operator-missing'].text({ name: nameOf(ind, i), raw: t.raw }),
          suggestion: { zh: `写明计算符号，如“≥${t.raw}”`, en: `write the operator, e.g. "≥${t.raw}"` },
        });
      }
    });
    return hits;
  },
};

const RateParams = z.strictObject({ rateKeywords: z.array(z.string()), excludeKeywords: z.array(z.string()) });

/** `review/rate-above-100`: a percent above 100 where a rate (率, 满意度, 比例) is meant. */
export const rateAbove100: ReviewRule<z.infer<typeof RateParams>> = {
  id: 'rate-above-100',
  title: text('review/rate-above-100'),
  why: {
    zh: '合格率、覆盖率、满意度等比率不可能超过100%，超过说明指标值或单位写错',
    en: 'a pass rate, coverage or satisfaction cannot exceed 100%: the value or the unit is wrong',
  },
  source: 'RULES §6',
  confidence: 'S',
  kinds: ALL_KINDS,
  severity: 'warning',
  params: RateParams,
  // growth rates (增长率) can exceed 100% and are excluded
  defaults: { rateKeywords: ['率', '满意度', '比例', '占比', '比重'], excludeKeywords: ['增长', '增幅', '增加', '提高', '提升', '同比', '环比'] },
  check(doc, params) {
    const hits: RuleHit[] = [];
    doc.indicators.forEach((ind, i) => {
      const t = ind.target;
      if (unitOf(t) !== '%') return;
      const top = t.kind === 'quantitative' ? t.value : t.kind === 'range' ? t.max : null;
      if (top === null || !new Dec(top).gt(100)) return;
      const rate = isSatisfaction(ind) || params.rateKeywords.some((k) => ind.name.includes(k));
      if (!rate || params.excludeKeywords.some((k) => ind.name.includes(k))) return;
      hits.push({ path: at(i, 'target'), message: M.defs['review/rate-above-100'].text({ name: nameOf(ind, i), raw: t.raw }), data: { value: top } });
    });
    return hits;
  },
};

/** `review/satisfaction-floor`: a satisfaction target below a configurable floor. */
export const satisfactionFloor: ReviewRule<{ floor: string }> = {
  id: 'satisfaction-floor',
  title: text('review/satisfaction-floor'),
  why: {
    zh: '满意度目标过低不具约束力；各地常见下限为80%–95%，未见全国统一规定，因此下限为可配置参数',
    en: 'a low satisfaction target binds nobody; floors of 80–95% are seen locally, no national rule was found, so the floor is a parameter',
  },
  source: 'RULES §6 (observed 80–95%)',
  confidence: 'U',
  kinds: ALL_KINDS,
  severity: 'warning',
  params: z.strictObject({ floor: DecimalString }),
  defaults: { floor: '80' },
  check(doc, params) {
    const hits: RuleHit[] = [];
    doc.indicators.forEach((ind, i) => {
      const t = ind.target;
      if (!isSatisfaction(ind) || tier1Key(ind) === 'input-management') return;
      const value = t.kind === 'quantitative' ? t.value : t.kind === 'range' ? t.min : null;
      if (value === null || unitOf(t) !== '%') return;
      if (t.kind === 'quantitative' && (t.op === '<' || t.op === '<=')) return; // not a floor-type target
      if (new Dec(value).lt(params.floor)) {
        hits.push({
          path: at(i, 'target'),
          message: M.defs['review/satisfaction-floor'].text({ name: nameOf(ind, i), raw: t.raw, floor: params.floor }),
          data: { value, floor: params.floor },
        });
      }
    });
    return hits;
  },
};

/**
 * `review/direction-conflict`: the direction a row declares (指标方向 / 指标性质: 正向, 反向, 定性) contradicts its
 * target: 正向 with `≤`/`<`, 反向 with `≥`/`>`, 定性 with a number, a range or a tolerance. `=` contradicts neither
 * 正向 nor 反向 (a rate that must be 100%), and a date fits any declared direction.
 */
export const directionConflict: ReviewRule<Record<string, never>> = {
  id: 'direction-conflict',
  title: text('review/direction-conflict'),
  why: {
    zh: '表中写明的指标方向与计算符号相反时，无法判断哪一个是本意，评分结果取决于按哪一个读',
    en: 'when the declared direction and the operator point opposite ways, nobody can tell which is meant, and the score depends on which is read',
  },
  source: 'RULES §2 (direction follows the operator)',
  confidence: 'S',
  kinds: ALL_KINDS,
  severity: 'warning',
  params: z.strictObject({}),
  defaults: {},
  check(doc) {
    const hits: RuleHit[] = [];
    doc.indicators.forEach((ind, i) => {
      const declared = ind.direction;
      if (declared === undefined) return;
      const t = ind.target;
      const numeric = t.kind === 'quantitative' || t.kind === 'range' || t.kind === 'tolerance';
      const op = t.kind === 'quantitative' ? t.op : null;
      const conflict =
        (declared === 'higher-is-better' && (op === '<=' || op === '<')) ||
        (declared === 'lower-is-better' && (op === '>=' || op === '>')) ||
        (declared === 'qualitative' && numeric);
      if (!conflict) return;
      const label = NOTATION_LABELS.direction[declared];
      hits.push({
        path: at(i, 'direction'),
        message: M.defs['review/direction-conflict'].text({ name: nameOf(ind, i), raw: t.raw, direction: label.zh }),
        data: { direction: declared, op },
      });
    });
    return hits;
  },
};
