import { defineCatalogue } from '../catalogue';

type T = { readonly text: string };
type Op = { readonly text: string; readonly op: string };
type Two = { readonly text: string; readonly first: string; readonly second: string };

/** A target date for a message: `2024-12-31`, or `--12-31` said as a day of the fiscal year. */
function day(iso: string): { zh: string; en: string } {
  if (!iso.startsWith('--')) return { zh: iso, en: iso };
  return { zh: `${Number(iso.slice(2, 4))}月${Number(iso.slice(5))}日（未写年份，按预算年度）`, en: `${iso} (no year written: the fiscal year's)` };
}

/**
 * Finding codes of `notation/`: reading target values (指标值), actuals (实际完成值) and indicator names.
 * Columns count code points from the start of the cell.
 */
export const notationMessages = defineCatalogue({
  // ── normalisations (the value was read; the text was not in canonical form) ──
  'notation/full-width': {
    title: { zh: '全角字符', en: 'full-width characters' },
    text: (p: T) => ({
      zh: `“${p.text}”含全角字符，已按半角读取`,
      en: `"${p.text}" has full-width characters, read as half-width`,
    }),
  },
  'notation/character-variant': {
    title: { zh: '异体符号', en: 'variant character' },
    text: (p: Two) => ({
      zh: `“${p.text}”中的“${p.first}”按“${p.second}”读取`,
      en: `"${p.first}" in "${p.text}" was read as "${p.second}"`,
    }),
  },
  'notation/whitespace': {
    title: { zh: '多余空格', en: 'extra spaces' },
    text: (p: T) => ({ zh: `“${p.text}”中间有空格，已忽略`, en: `spaces inside "${p.text}" were ignored` }),
  },
  'notation/thousands-separator': {
    title: { zh: '千位分隔符', en: 'thousands separator' },
    text: (p: T) => ({ zh: `数值“${p.text}”含千位分隔符，已去除`, en: `the thousands separators of "${p.text}" were removed` }),
  },
  'notation/operator-variant': {
    title: { zh: '计算符号写法不规范', en: 'non-standard operator' },
    text: (p: Op) => ({
      zh: `计算符号“${p.text}”写法不规范，按“${p.op}”读取`,
      en: `the operator "${p.text}" is not written in a standard form; read as "${p.op}"`,
    }),
  },
  'notation/operator-word': {
    title: { zh: '计算符号用文字表示', en: 'operator written in words' },
    text: (p: Op) => ({
      zh: `“${p.text}”是用文字表示的计算符号，按“${p.op}”读取`,
      en: `"${p.text}" is an operator written in words; read as "${p.op}"`,
    }),
  },
  'notation/operator-doubled': {
    title: { zh: '计算符号重复', en: 'operator written twice' },
    text: (p: Op) => ({
      zh: `计算符号重复（“${p.text}”），按一个“${p.op}”读取`,
      en: `the operator is written twice ("${p.text}"); read once as "${p.op}"`,
    }),
  },
  'notation/operator-missing': {
    title: { zh: '缺少计算符号', en: 'operator missing' },
    text: (p: T) => ({
      zh: `指标值“${p.text}”没有计算符号（≥、≤、= 等），无法判断方向`,
      en: `the target "${p.text}" has no operator (≥, ≤, = …); its direction is unknown`,
    }),
  },
  'notation/operator-assumed': {
    title: { zh: '按设定补充计算符号', en: 'operator supplied by policy' },
    text: (p: Op) => ({
      zh: `指标值“${p.text}”没有计算符号，按设定读作“${p.op}”`,
      en: `the target "${p.text}" has no operator; read as "${p.op}" as the options say`,
    }),
  },
  'notation/unit-missing': {
    title: { zh: '缺少计量单位', en: 'unit missing' },
    text: (p: T) => ({ zh: `指标值“${p.text}”没有计量单位`, en: `the target "${p.text}" has no unit of measure` }),
  },
  'notation/unit-normalised': {
    title: { zh: '计量单位已规范', en: 'unit normalised' },
    text: (p: Two) => ({
      zh: `计量单位“${p.first}”按“${p.second}”读取`,
      en: `the unit "${p.first}" was read as "${p.second}"`,
    }),
  },
  'notation/unit-incomplete': {
    title: { zh: '计量单位不完整', en: 'incomplete unit' },
    text: (p: T) => ({
      zh: `计量单位“${p.text}”不完整（斜线前缺少单位，如“元”）`,
      en: `the unit "${p.text}" is incomplete (nothing before the slash, e.g. a dropped 元)`,
    }),
  },
  // ── texts that are not target expressions ──
  'notation/number-in-text': {
    title: { zh: '文字中含数字', en: 'number inside text' },
    text: (p: T) => ({
      zh: `“${p.text}”含有数字，但整体不是“符号+数值+单位”的指标值，按定性指标读取`,
      en: `"${p.text}" contains a number but is not a target expression (operator, value, unit); read as qualitative`,
    }),
  },
  'notation/trailing-remark': {
    title: { zh: '指标值后附说明', en: 'remark after the value' },
    text: (p: { readonly text: string; readonly remark: string }) => ({
      zh: `“${p.text}”末尾括号内的“${p.remark}”按说明读取，不计入指标值`,
      en: `the bracketed "${p.remark}" at the end of "${p.text}" is read as a remark, not as part of the value`,
    }),
  },
  'notation/value-not-number': {
    title: { zh: '计算符号后不是数值', en: 'no number after the operator' },
    text: (p: T) => ({
      zh: `“${p.text}”在计算符号后写的是文字而不是数值，按定性指标读取`,
      en: `"${p.text}" has words, not a number, after its operator; read as qualitative`,
    }),
  },
  // ── errors ──
  'notation/value-missing': {
    title: { zh: '缺少数值', en: 'value missing' },
    text: (p: T) => ({ zh: `指标值“${p.text}”只有计算符号，没有数值`, en: `the target "${p.text}" has an operator but no value` }),
  },
  'notation/placeholder': {
    title: { zh: '模板占位符未填写', en: 'template placeholder' },
    text: (p: T) => ({
      zh: `指标值“${p.text}”是未填写的模板占位符`,
      en: `the target "${p.text}" is a template placeholder that was never filled in`,
    }),
  },
  'notation/number-damaged': {
    title: { zh: '数值残缺', en: 'damaged number' },
    text: (p: T) => ({
      zh: `数值“${p.text}”有残缺（中间有空格或多余的小数点、分隔符），无法确定其值`,
      en: `the number "${p.text}" is damaged (a space, a second decimal point or a stray separator inside); its value is ambiguous`,
    }),
  },
  'notation/number-repeated': {
    title: { zh: '数值重复', en: 'number written twice' },
    text: (p: T) => ({
      zh: `“${p.text}”把同一数值写了两遍，无法确定其值`,
      en: `"${p.text}" writes the same value twice; its value is ambiguous`,
    }),
  },
  'notation/operator-conflict': {
    title: { zh: '计算符号矛盾', en: 'conflicting operators' },
    text: (p: Two) => ({
      zh: `指标值“${p.text}”中的计算符号“${p.first}”与“${p.second}”相互矛盾`,
      en: `the target "${p.text}" has conflicting operators "${p.first}" and "${p.second}"`,
    }),
  },
  'notation/operator-unknown': {
    title: { zh: '无法识别的计算符号', en: 'unknown operator' },
    text: (p: T) => ({
      zh: `无法识别计算符号（指标性质）“${p.text}”`,
      en: `the operator (指标性质 / 计算符号) "${p.text}" is not recognised`,
    }),
  },
  'notation/unit-conflict': {
    title: { zh: '计量单位矛盾', en: 'conflicting units' },
    text: (p: Two) => ({
      zh: `计量单位“${p.first}”与“${p.second}”不一致`,
      en: `the units "${p.first}" and "${p.second}" disagree`,
    }),
  },
  'notation/range-reversed': {
    title: { zh: '区间上下限颠倒', en: 'range reversed' },
    text: (p: T) => ({
      zh: `区间“${p.text}”的下限大于上限`,
      en: `the range "${p.text}" has its lower bound above its upper bound`,
    }),
  },
  'notation/quantitative-other': {
    title: { zh: '定量（其他）', en: 'quantitative (other)' },
    text: (p: T) => ({
      zh: `指标性质为“定量（其他）”，指标值“${p.text}”按原文保留`,
      en: `the operator is 定量（其他） (quantitative, other); the value "${p.text}" is kept as written`,
    }),
  },
  'notation/qualitative-with-unit': {
    title: { zh: '非数值指标带有单位', en: 'unit beside a target that is no number' },
    text: (p: Two) => ({
      zh: `指标值“${p.first}”（定性或日期）不是数值，计量单位“${p.second}”已忽略`,
      en: `the target "${p.first}" (qualitative, or a date) is no number; its unit "${p.second}" was ignored`,
    }),
  },
  // ── dates and directions ──
  'notation/date-deadline': {
    title: { zh: '指标值为完成时限', en: 'deadline' },
    text: (p: { readonly text: string; readonly due: string }) => ({
      zh: `“${p.text}”按完成时限读取：不晚于${day(p.due).zh}`,
      en: `"${p.text}" is read as a deadline: on or before ${day(p.due).en}`,
    }),
  },
  'notation/date-period': {
    title: { zh: '指标值为时间段', en: 'period' },
    text: (p: { readonly text: string; readonly from: string; readonly to: string }) => ({
      zh: `“${p.text}”按时间段读取：${day(p.from).zh}至${day(p.to).zh}`,
      en: `"${p.text}" is read as a period: ${day(p.from).en} to ${day(p.to).en}`,
    }),
  },
  'notation/date-completed': {
    title: { zh: '完成值为完成日期', en: 'completion date' },
    text: (p: { readonly text: string; readonly date: string }) => ({
      zh: `“${p.text}”按完成日期读取：不晚于${day(p.date).zh}`,
      en: `"${p.text}" is read as a completion date: on or before ${day(p.date).en}`,
    }),
  },
  'notation/date-month-before': {
    title: { zh: '“某月前”含义不明', en: 'month with 前' },
    text: (p: { readonly text: string; readonly due: string }) => ({
      zh: `“${p.text}”只写到月份并带“前”，按该月月底（${day(p.due).zh}）读取；如指该月之前，应写明日期`,
      en: `"${p.text}" names only a month with 前; read as by the end of that month (${day(p.due).en}). If it means before that month begins, write the day`,
    }),
  },
  'notation/date-invalid': {
    title: { zh: '日期不存在', en: 'no such day' },
    text: (p: T) => ({ zh: `“${p.text}”中的日期不存在`, en: `"${p.text}" names a day that no calendar has` }),
  },
  'notation/period-reversed': {
    title: { zh: '时间段起止颠倒', en: 'period reversed' },
    text: (p: T) => ({
      zh: `时间段“${p.text}”的开始晚于结束（跨年时请写明年份）`,
      en: `the period "${p.text}" ends before it starts (write the years when it crosses a year end)`,
    }),
  },
  'notation/direction-not-operator': {
    title: { zh: '指标方向不是计算符号', en: 'a direction, not an operator' },
    text: (p: { readonly text: string; readonly direction: string }) => ({
      zh: `“${p.text}”是指标方向（${p.direction}），不是计算符号；指标值按无计算符号读取，方向应记入指标的 direction`,
      en: `"${p.text}" is a direction (${p.direction}), not an operator: the target is read without one, and the direction belongs in the indicator's direction`,
    }),
  },
  // ── actuals ──
  'notation/actual-operator': {
    title: { zh: '实际完成值带计算符号', en: 'operator in an actual' },
    text: (p: T) => ({
      zh: `实际完成值“${p.text}”带有计算符号，已忽略符号只取数值`,
      en: `the actual "${p.text}" has an operator; only the number was kept`,
    }),
  },
  // ── indicator names ──
  'notation/name-placeholder': {
    title: { zh: '指标名称含模板占位符', en: 'placeholder in the name' },
    text: (p: T) => ({
      zh: `指标名称中含未填写的模板内容“${p.text}”`,
      en: `the indicator name contains unfilled template text "${p.text}"`,
    }),
  },
  'notation/name-numbering': {
    title: { zh: '指标名称含编号', en: 'numbering in the name' },
    text: (p: T) => ({ zh: `指标名称带有编号“${p.text}”`, en: `the indicator name starts with the numbering "${p.text}"` }),
  },
  'notation/name-marker': {
    title: { zh: '指标名称含标记符号', en: 'marker in the name' },
    text: (p: T) => ({ zh: `指标名称带有标记“${p.text}”`, en: `the indicator name carries the marker "${p.text}"` }),
  },
  'notation/name-target': {
    title: { zh: '指标名称中写有指标值', en: 'target inside the name' },
    text: (p: T) => ({
      zh: `指标名称中写有指标值“${p.text}”`,
      en: `the indicator name contains a target value "${p.text}"`,
    }),
  },
  'notation/name-target-conflict': {
    title: { zh: '名称中的指标值与指标值栏不一致', en: 'name and target disagree' },
    text: (p: Two) => ({
      zh: `指标名称中的“${p.first}”与指标值“${p.second}”不一致`,
      en: `the name says "${p.first}" but the target column says "${p.second}"`,
    }),
  },
});
