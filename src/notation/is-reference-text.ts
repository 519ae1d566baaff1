/** A policy document number: `【2022】13号`, `〔2020〕10号`, `(2019)136号`. Bounded quantifiers only. */
const DOCUMENT_NUMBER = /(?:19|20)\d\d\s?[〕】\]］)）]\s?\d{1,5}\s?号/u;
/** Texts that send the reader elsewhere. */
const SEE = /^(?:详见|具体见|具体详见|见附件|见附表|参见)/u;
/** A lead word (根据 / 依据 / 按照 / 参照 / 遵照 / 按) followed somewhere by what it leads to. */
const LEAD = /^(?:根据|依据|按照|参照|遵照|按)/u;
const DOCUMENT_WORD = /规定|文件|办法|通知|细则|附件|附表|文号/u;

/**
 * Whether a target cell's text defines the target by reference to a policy instead of giving it
 * (RULES §1: the seed's 投入管理 block). The rule is deliberately narrow — a text is a reference when
 * - it cites a document number (`沪财绩【2022】13号`, `财预〔2020〕10号`), or
 * - it starts with 详见 / 具体见 / 见附件 / 见附表 / 参见, or
 * - it starts with 根据 / 依据 / 按照 / 参照 / 遵照 / 按 **and** names a document (规定, 文件, 办法, 通知, 细则,
 *   附件, 附表, 文号).
 *
 * So `按规定` is a reference, but `按时完成`, `符合相关规定` and `严格执行相关制度规定` are qualitative targets.
 * Callers that know a block is set by reference can force it with `parseTarget(text, { reference: 'always' })`.
 *
 * @param text - a target cell's text
 * @returns true when the text is a reference to a policy
 * @example
 * isReferenceText('根据沪财绩【2022】13号文的规定要求设置三级指标和指标值') //=> true
 * isReferenceText('按规定') //=> true
 * isReferenceText('符合相关规定') //=> false
 * @category Notation
 */
export function isReferenceText(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  return DOCUMENT_NUMBER.test(t) || SEE.test(t) || (LEAD.test(t) && DOCUMENT_WORD.test(t));
}
