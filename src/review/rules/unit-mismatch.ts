import { z } from 'zod';
import { reviewMessages as M } from '../../i18n/messages/review';
import type { Bilingual } from '../../model/finding';
import { compareUnits } from '../../notation/compare-units';
import { normalizeUnit } from '../../notation/normalize-unit';
import { unitOf } from '../indicators';
import type { ReviewRule, RuleHit } from '../rule';
import { ALL_KINDS, at, nameOf } from './common';

const Params = z.strictObject({ moneyKeywords: z.array(z.string()), rateKeywords: z.array(z.string()), knownUnits: z.array(z.string()) });
type Params = z.infer<typeof Params>;

const MONEY_UNITS = /^(元|万元|亿元|千元)(\/.*)?$/;

/**
 * The unit a name announces: in a placeholder (`(≥**万元)`, `≥**人`), or in a closing bracket that holds a
 * known unit (`资金总额（万元）`).
 */
function unitInName(name: string, known: readonly string[]): string | null {
  const placeholder = /[≥≤>＞<＜=＝]\s*[*＊]+\s*([^\s()（）*＊\d]{1,6}?)\s*[)）]?\s*$/.exec(name);
  if (placeholder?.[1]) return normalizeUnit(placeholder[1]);
  const bracket = /[(（]\s*([^()（）\d]{1,6})\s*[)）]\s*$/.exec(name);
  if (bracket?.[1]) {
    const u = normalizeUnit(bracket[1]);
    if (u !== null && known.includes(u)) return u;
  }
  return null;
}

/** `review/unit-mismatch`: a unit that does not fit the indicator (万元 labelled %, a word labelled %, …). */
export const unitMismatch: ReviewRule<Params> = {
  id: 'unit-mismatch',
  title: M.defs['review/unit-mismatch'].title,
  why: {
    zh: '单位与指标含义不符（金额标成%、比率标成万元、定性指标带%、名称中的单位与指标值不同）说明指标值写错，评价时无法比较',
    en: 'a unit that contradicts the indicator (an amount in %, a rate in 万元, a word in %, a name announcing another unit) means the target is miswritten and cannot be compared',
  },
  source: 'NOTATION.md (mismatches to detect, not to fix)',
  confidence: 'S',
  kinds: ALL_KINDS,
  severity: 'warning',
  params: Params,
  defaults: {
    moneyKeywords: ['成本', '金额', '资金', '经费', '费用', '补助标准', '补贴标准', '收入', '投资'],
    rateKeywords: ['率', '比例', '占比', '比重', '满意度'],
    knownUnits: ['元', '万元', '亿元', '%', '‰', '个', '人', '人次', '万人', '户', '次', '天', '日', '年', '月', '亩', '公里', '米', '平方米', '家', '件', '项', '所', '处', '座', '台', '套', '份', '篇', '场', '批', '名', '吨', '公斤', '街镇'],
  },
  check(doc, params) {
    const hits: RuleHit[] = [];
    doc.indicators.forEach((ind, i) => {
      const t = ind.target;
      const unit = unitOf(t);
      const isRate = params.rateKeywords.some((k) => ind.name.includes(k));
      const endsAsRate = params.rateKeywords.some((k) => ind.name.replace(/[(（][^()（）]*[)）]\s*$/u, '').trim().endsWith(k));
      const isMoney = params.moneyKeywords.some((k) => ind.name.includes(k));
      let detail: Bilingual | null = null;
      const named = unitInName(ind.name, params.knownUnits);
      if (t.kind === 'qualitative' && /[%％]|百分比/.test(t.raw)) {
        detail = { zh: '定性指标值带有单位“%”', en: 'a qualitative target carries the unit "%"' };
      } else if (unit !== null && named !== null && compareUnits(named, unit) === 'different') {
        detail = { zh: `名称中的单位为“${named}”，指标值的单位却是“${unit}”`, en: `the name announces "${named}" but the target is in "${unit}"` };
      } else if (unit === '%' && isMoney && !isRate) {
        detail = { zh: '金额类指标的单位写成了“%”（应为元、万元等）', en: 'an amount is labelled "%" (元, 万元… expected)' };
      } else if (unit !== null && MONEY_UNITS.test(unit) && endsAsRate) {
        detail = { zh: `比率类指标的单位写成了“${unit}”（应为%）`, en: `a rate is labelled "${unit}" (% expected)` };
      }
      if (detail !== null) {
        hits.push({ path: at(i, 'target'), message: M.defs['review/unit-mismatch'].text({ name: nameOf(ind, i), raw: t.raw, detail }), data: { unit, named } });
      }
    });
    return hits;
  },
};
