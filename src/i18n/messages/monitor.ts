import { defineCatalogue } from '../catalogue';

type Field = { readonly field: string; readonly text: string };
type Name = { readonly name: string };

/**
 * Finding codes of `monitor/`: in-year monitoring (绩效运行监控) of a document against a progress snapshot.
 *
 * @example
 * monitorMessages.finding('monitor/deviation-reason-missing', 'error', { name: '入户指导', likelihood: '有可能' }).message.zh
 * //=> '“入户指导”的完成目标可能性为“有可能”，但未填写偏差原因分析'
 * @category Findings
 */
export const monitorMessages = defineCatalogue({
  'monitor/invalid-snapshot': {
    title: { zh: '监控数据格式错误', en: 'invalid progress snapshot' },
    text: (p: { readonly where: string; readonly detail: string }) => ({
      zh: `监控数据 ${p.where} 处格式错误：${p.detail}`,
      en: `the progress snapshot is invalid at ${p.where}: ${p.detail}`,
    }),
  },
  'monitor/invalid-settings': {
    title: { zh: '监控设置无效', en: 'invalid monitoring settings' },
    text: (p: { readonly where: string; readonly detail: { readonly zh: string; readonly en: string } }) => ({
      zh: `监控设置 ${p.where} 无效：${p.detail.zh}`,
      en: `monitoring setting ${p.where} is invalid: ${p.detail.en}`,
    }),
  },
  'monitor/invalid-date': {
    title: { zh: '日期无效', en: 'invalid date' },
    text: (p: Field) => ({
      zh: `${p.field}“${p.text}”不是有效日期（应写作 YYYY-MM-DD，如 2024-07-31）`,
      en: `${p.field} "${p.text}" is not a valid date (write YYYY-MM-DD, e.g. 2024-07-31)`,
    }),
  },
  'monitor/year-mismatch': {
    title: { zh: '监控日期不在预算年度内', en: 'as-of date outside the fiscal year' },
    text: (p: { readonly asOf: string; readonly year: number }) => ({
      zh: `监控日期 ${p.asOf} 不在 ${p.year} 预算年度内，时间进度按该年度截取（0% 或 100%）`,
      en: `the as-of date ${p.asOf} is outside fiscal year ${p.year}; time progress is clamped to 0% or 100%`,
    }),
  },
  'monitor/time-progress-zero': {
    title: { zh: '时间进度为零', en: 'no time has elapsed' },
    text: (p: { readonly asOf: string }) => ({
      zh: `截至 ${p.asOf} 时间进度为 0，无法计算进度比，只按完成目标可能性判断`,
      en: `time progress at ${p.asOf} is 0: progress ratios cannot be computed, only the likelihoods are used`,
    }),
  },
  'monitor/budget-missing': {
    title: { zh: '缺少预算数', en: 'budget amount missing' },
    text: () => ({
      zh: '文档和监控数据都没有预算总额，无法监控预算执行进度',
      en: 'neither the document nor the snapshot gives a budget total: budget execution cannot be monitored',
    }),
  },
  'monitor/budget-zero': {
    title: { zh: '预算数为零', en: 'budget amount is zero' },
    text: (p: { readonly budget: string }) => ({
      zh: `预算总额为 ${p.budget}，无法计算预算执行率`,
      en: `the budget total is ${p.budget}: the execution rate cannot be computed`,
    }),
  },
  'monitor/amount-negative': {
    title: { zh: '金额为负数', en: 'negative amount' },
    text: (p: { readonly field: string; readonly fieldEn: string; readonly amount: string }) => ({
      zh: `${p.field}为 ${p.amount}，是负数：不计算预算执行进度，也不着色`,
      en: `the ${p.fieldEn} is ${p.amount}, a negative amount: no execution progress is computed or coloured`,
    }),
  },
  'monitor/executed-missing': {
    title: { zh: '缺少执行数', en: 'executed amount missing' },
    text: () => ({
      zh: '监控数据没有填写已执行金额（budget.executed），未监控预算执行进度',
      en: 'the snapshot gives no executed amount (budget.executed): budget execution is not monitored',
    }),
  },
  'monitor/indicator-unknown': {
    title: { zh: '找不到对应指标', en: 'no such indicator' },
    text: (p: { readonly ref: string }) => ({
      zh: `监控数据中的指标“${p.ref}”在文档中找不到`,
      en: `the snapshot's indicator "${p.ref}" is not in the document`,
    }),
  },
  'monitor/indicator-ambiguous': {
    title: { zh: '指标名称不唯一', en: 'ambiguous indicator name' },
    text: (p: { readonly ref: string; readonly count: number }) => ({
      zh: `指标名称“${p.ref}”在文档中出现 ${p.count} 次，请用序号（indicator）指定`,
      en: `the indicator name "${p.ref}" occurs ${p.count} times in the document; give its index (indicator)`,
    }),
  },
  'monitor/indicator-name-differs': {
    title: { zh: '指标序号与名称不符', en: 'index and name disagree' },
    text: (p: { readonly index: number; readonly ref: string; readonly name: string }) => ({
      zh: `第 ${p.index} 号指标是“${p.name}”，与监控数据中的名称“${p.ref}”不符，已按序号匹配`,
      en: `indicator ${p.index} is "${p.name}", not "${p.ref}" as the snapshot says; matched by index`,
    }),
  },
  'monitor/progress-duplicate': {
    title: { zh: '重复的进度数据', en: 'progress given twice' },
    text: (p: Name) => ({
      zh: `指标“${p.name}”的进度填写了多次，采用第一条`,
      en: `progress for "${p.name}" is given more than once; the first entry is used`,
    }),
  },
  'monitor/progress-missing': {
    title: { zh: '缺少完成进度', en: 'progress missing' },
    text: (p: Name) => ({
      zh: `指标“${p.name}”没有填写截至目前的完成值`,
      en: `no progress value is given for "${p.name}"`,
    }),
  },
  'monitor/progress-unreadable': {
    title: { zh: '完成值无法识别', en: 'progress value not understood' },
    text: (p: Name & { readonly text: string }) => ({
      zh: `指标“${p.name}”的完成值“${p.text}”无法识别`,
      en: `the progress value "${p.text}" of "${p.name}" is not understood`,
    }),
  },
  'monitor/deadline-overdue': {
    title: { zh: '已过完成时限', en: 'deadline passed' },
    text: (p: { readonly name: string; readonly due: string; readonly days: number }) => ({
      zh: `“${p.name}”的完成时限 ${p.due} 已过 ${p.days} 天，尚未完成`,
      en: `"${p.name}" was due on ${p.due}, ${p.days} days ago, and is not done`,
    }),
  },
  'monitor/deadline-late': {
    title: { zh: '晚于完成时限', en: 'done after the deadline' },
    text: (p: { readonly name: string; readonly due: string; readonly done: string; readonly days: number }) => ({
      zh: `“${p.name}”完成于 ${p.done}，晚于完成时限 ${p.due} ${p.days} 天（只报“已完成”而未写日期时，按监控日期计；请填写完成日期）`,
      en: `"${p.name}" was done on ${p.done}, ${p.days} days after its due date ${p.due} (a progress of "done" with no date counts as done on the as-of date: give the date)`,
    }),
  },
  'monitor/progress-not-comparable': {
    title: { zh: '完成值与指标值无法比较', en: 'progress not comparable with the target' },
    text: (p: Name & { readonly text: string; readonly target: string }) => ({
      zh: `指标“${p.name}”的完成值“${p.text}”无法与指标值“${p.target}”比较（类型或单位不同），只按完成目标可能性判断`,
      en: `the progress "${p.text}" of "${p.name}" cannot be compared with the target "${p.target}" (kind or unit differs); judged by likelihood only`,
    }),
  },
  'monitor/likelihood-missing': {
    title: { zh: '缺少完成目标可能性', en: 'likelihood missing' },
    text: (p: Name) => ({
      zh: `指标“${p.name}”没有填写完成目标可能性（确定能 / 有可能 / 不可能）`,
      en: `"${p.name}" has no likelihood of meeting the target (certain / possible / impossible)`,
    }),
  },
  'monitor/deviation-reason-missing': {
    title: { zh: '缺少偏差原因分析', en: 'deviation reason missing' },
    text: (p: Name & { readonly likelihood: string }) => ({
      zh: `“${p.name}”的完成目标可能性为“${p.likelihood}”，但未填写偏差原因分析`,
      en: `"${p.name}" is marked "${p.likelihood}" but gives no reason for the deviation`,
    }),
  },
  'monitor/remedy-missing': {
    title: { zh: '缺少改进措施', en: 'remedy missing' },
    text: (p: Name & { readonly likelihood: string }) => ({
      zh: `“${p.name}”的完成目标可能性为“${p.likelihood}”，但未填写改进措施`,
      en: `"${p.name}" is marked "${p.likelihood}" but gives no remedy`,
    }),
  },
  'monitor/likelihood-conflict': {
    title: { zh: '完成可能性与进度不符', en: 'likelihood contradicts progress' },
    text: (p: Name & { readonly likelihood: string; readonly colour: string }) => ({
      zh: `“${p.name}”进度预警为${p.colour}，但完成目标可能性填写为“${p.likelihood}”，请核实`,
      en: `"${p.name}" is ${p.colour} on progress but marked "${p.likelihood}"; please check`,
    }),
  },
  'monitor/amount-unreadable': {
    title: { zh: '金额无法识别', en: 'amount not understood' },
    text: (p: Field) => ({
      zh: `${p.field}“${p.text}”不是金额`,
      en: `${p.field} "${p.text}" is not an amount`,
    }),
  },
});
