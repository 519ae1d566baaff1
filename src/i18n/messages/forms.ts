import { defineCatalogue } from '../catalogue';

type Reason = { readonly reason: string; readonly reasonEn: string };
type Text = { readonly text: string };
type Field = { readonly field: string; readonly fieldEn: string };

/** Finding codes of `forms/`: reading and writing the tables (importers per layout). */
export const formsMessages = defineCatalogue({
  'forms/empty-input': {
    title: { zh: '输入为空', en: 'empty input' },
    text: () => ({ zh: '输入中没有任何表格内容', en: 'the input has no table content' }),
  },
  'forms/too-large': {
    title: { zh: '输入超过读取上限', en: 'input over a read limit' },
    text: (p: { limit: string; max: number; what: string; whatEn: string }) => ({
      zh: `输入超过 ${p.limit} = ${p.max} ${p.what} 的上限，未读取；如确需读取，请在选项中调高 ${p.limit}，或把文本拆成多个文件`,
      en: `the input is over the limit ${p.limit} = ${p.max} ${p.whatEn} and was not read; raise ${p.limit} in the options if it must be read, or split the text into several files`,
    }),
  },
  'forms/cell-too-long': {
    title: { zh: '单元格过长', en: 'cell too long' },
    text: (p: { length: number; max: number }) => ({
      zh: `这个单元格有 ${p.length} 个字符，超过 maxCellLength = ${p.max} 的上限，输入未读取；请检查是否整段文本粘进了一个单元格，或调高 maxCellLength`,
      en: `this cell has ${p.length} characters, over the limit maxCellLength = ${p.max}; the input was not read. Check whether a whole text was pasted into one cell, or raise maxCellLength`,
    }),
  },
  'forms/layout-unknown': {
    title: { zh: '无法识别表格样式', en: 'layout not recognised' },
    text: (p: { rows?: number; kept?: number; probed?: boolean }) => {
      const zhMore = p.probed === true ? `；输入的前 ${p.rows} 行中没有任何表格，其余部分未读取` : '';
      const enMore = p.probed === true ? `; the first ${p.rows} rows of the input hold no table, and the rest was not read` : '';
      const zhKept = p.kept !== undefined && p.rows !== undefined && p.kept < p.rows ? `；unparsed 只列出前 ${p.kept} 个非空行` : '';
      const enKept = p.kept !== undefined && p.rows !== undefined && p.kept < p.rows ? `; unparsed lists the first ${p.kept} rows that are not blank` : '';
      return {
        zh: `无法识别这是哪一种表格（单位申报表、项目申报表或自评表）：没有找到“单位名称”“项目名称”或指标表头${zhMore}${zhKept}`,
        en: `cannot tell which table this is (unit declaration, project declaration or self-evaluation): no 单位名称, 项目名称 or indicator header found${enMore}${enKept}`,
      };
    },
  },
  'forms/row-unparsed': {
    title: { zh: '未能识别的行', en: 'row not understood' },
    text: (p: Reason) => ({ zh: `此行未能读入：${p.reason}（已原样保留在 unparsed 中）`, en: `this row was not read: ${p.reasonEn} (kept as it is in unparsed)` }),
  },
  'forms/placeholder-row': {
    title: { zh: '模板占位行', en: 'template placeholder row' },
    text: (p: Text) => ({
      zh: `“${p.text}”是未填写的模板占位行，不作为指标读入（已保留在 unparsed 中）`,
      en: `"${p.text}" is an unfilled template row; not read as an indicator (kept in unparsed)`,
    }),
  },
  'forms/indicator-empty': {
    title: { zh: '空指标行', en: 'empty indicator row' },
    text: () => ({
      zh: '此行只有指标层级，没有三级指标名称和指标值（已保留在 unparsed 中）',
      en: 'this row has tier labels but no indicator name and no target (kept in unparsed)',
    }),
  },
  'forms/indicator-table-missing': {
    title: { zh: '缺少绩效指标表', en: 'indicator table missing' },
    text: () => ({
      zh: '没有找到绩效指标表头（一级指标 / 二级指标 / 三级指标 / 指标值）',
      en: 'no indicator table header found (一级指标 / 二级指标 / 三级指标 / 指标值)',
    }),
  },
  'forms/tier-missing': {
    title: { zh: '指标层级为空', en: 'tier label missing' },
    text: (p: Field) => ({
      zh: `${p.field}为空，且上方没有可延续的合并单元格`,
      en: `the ${p.fieldEn} label is empty and there is no merged cell above to continue`,
    }),
  },
  'forms/tier1-inferred': {
    title: { zh: '一级指标由二级指标推断', en: 'tier 1 inferred from tier 2' },
    text: (p: { readonly text: string; readonly tier1: string }) => ({
      zh: `一级指标单元格只写了分值“${p.text}”，已根据二级指标推断为“${p.tier1}”`,
      en: `the tier-1 cell only gives a weight ("${p.text}"); inferred "${p.tier1}" from the tier-2 label`,
    }),
  },
  'forms/tier1-unknown': {
    title: { zh: '无法推断一级指标', en: 'tier 1 cannot be inferred' },
    text: (p: Text) => ({
      zh: `一级指标单元格只写了分值“${p.text}”，二级指标也无法归类，一级指标留空`,
      en: `the tier-1 cell only gives a weight ("${p.text}") and the tier-2 label is not a known category; tier 1 left empty`,
    }),
  },
  'forms/tier-weight-conflict': {
    title: { zh: '一级指标分值不一致', en: 'tier weights disagree' },
    text: (p: { readonly tier1: string; readonly first: string; readonly other: string }) => ({
      zh: `一级指标“${p.tier1}”的分值前后不一致：先写 ${p.first}，此处写 ${p.other}（保留第一次的分值）`,
      en: `tier 1 "${p.tier1}" is given two weights: ${p.first} first, ${p.other} here (the first is kept)`,
    }),
  },
  'forms/reference-target': {
    title: { zh: '指标值由政策文件规定', en: 'target set by a policy reference' },
    text: (p: { readonly text: string; readonly count: number }) => ({
      zh: `“${p.text}”是对政策文件的引用（合并单元格，适用于 ${p.count} 个二级指标），读作引用型指标值`,
      en: `"${p.text}" refers to a policy (a merged cell governing ${p.count} tier-2 headings); read as reference targets`,
    }),
  },
  'forms/field-missing': {
    title: { zh: '缺少必填项', en: 'field missing' },
    text: (p: Field) => ({ zh: `表中没有填写${p.field}`, en: `the table does not give the ${p.fieldEn}` }),
  },
  'forms/field-duplicate': {
    title: { zh: '字段重复', en: 'field given twice' },
    text: (p: Field) => ({ zh: `${p.field}出现了不止一次，保留第一次的值`, en: `the ${p.fieldEn} is given more than once; the first value is kept` }),
  },
  'forms/amount-unit-assumed': {
    title: { zh: '金额单位未注明', en: 'money unit not stated' },
    text: (p: { readonly unit: string; readonly unitEn: string }) => ({
      zh: `表中没有注明金额单位（元 / 万元），按${p.unit}读取`,
      en: `the table does not say its unit of money (元 / 万元); read as ${p.unitEn}`,
    }),
  },
  'forms/amount-unit-conflict': {
    title: { zh: '金额单位不一致', en: 'money units disagree' },
    text: (p: { readonly declared: string; readonly other: string }) => ({
      zh: `金额单位不一致：表头为“${p.declared}”，此处为“${p.other}”（按表头读取，未换算）`,
      en: `money units disagree: the header says "${p.declared}", here "${p.other}" (read in the header's unit, not converted)`,
    }),
  },
  'forms/number-invalid': {
    title: { zh: '不是数字', en: 'not a number' },
    text: (p: Text & Field) => ({
      zh: `${p.field}“${p.text}”不是数字，按空白处理`,
      en: `the ${p.fieldEn} "${p.text}" is not a number; treated as blank`,
    }),
  },
  'forms/appropriation-unknown': {
    title: { zh: '拨款方式无法识别', en: 'appropriation mode not recognised' },
    text: (p: Text) => ({
      zh: `财政资金拨款方式“${p.text}”不是 全额 / 差额 / 自收自支 之一`,
      en: `the appropriation mode "${p.text}" is none of 全额 / 差额 / 自收自支`,
    }),
  },
  'forms/actual-unit-assumed': {
    title: { zh: '完成值缺少单位', en: 'actual has no unit' },
    text: (p: { readonly actual: string; readonly unit: string }) => ({
      zh: `完成值“${p.actual}”没有单位，视为与指标值相同的“${p.unit}”`,
      en: `the actual "${p.actual}" has no unit; taken to be the target's "${p.unit}"`,
    }),
  },
  'forms/actual-unit-different': {
    title: { zh: '完成值单位与指标值不同', en: 'actual in another unit' },
    text: (p: { readonly actual: string; readonly target: string }) => ({
      zh: `完成值“${p.actual}”与指标值“${p.target}”的单位不同`,
      en: `the actual "${p.actual}" is not in the unit of the target "${p.target}"`,
    }),
  },
  'forms/core-flag-invalid': {
    title: { zh: '是否核心指标无法识别', en: 'core flag not recognised' },
    text: (p: Text) => ({ zh: `“是否核心指标”应为 是 / 否，此处为“${p.text}”`, en: `"core indicator" should be 是 / 否, got "${p.text}"` }),
  },
  'forms/column-duplicate': {
    title: { zh: '表头列重复', en: 'duplicate column' },
    text: (p: Text) => ({ zh: `表头“${p.text}”重复，只读取第一列`, en: `the header "${p.text}" appears twice; only the first column is read` }),
  },
  'forms/row-misaligned': {
    title: { zh: '预算行单元格缺失，无法对齐', en: 'budget row cannot be aligned' },
    text: (p: { readonly label: string; readonly count: number }) => ({
      zh: `“${p.label}”一行的单元格少于表头的 ${p.count} 列（网页复制丢失了空单元格），且本行数字无法确定各自属于哪一列：此行未读入，不参与计算（已保留在 unparsed 中）`,
      en: `the row "${p.label}" has fewer cells than the ${p.count} columns of its header (a web copy dropped its empty cells) and its own figures do not tell which column each belongs to: not read, not scored (kept in unparsed)`,
    }),
  },
  'forms/cells-aligned': {
    title: { zh: '预算行按数字对齐', en: 'budget row aligned by its figures' },
    text: (p: { readonly label: string; readonly reading: string; readonly basis: 'confirmed' | 'block' }) => ({
      zh: `“${p.label}”一行的单元格少于表头（网页复制丢失了空单元格），读作：${p.reading}（${p.basis === 'confirmed' ? '执行率等于执行数÷预算数，或分值与表头一致，证实了这一读法' : '与本块已证实的一行缺失同一列，其余读法都给出同样的数字'}）`,
      en: `the row "${p.label}" has fewer cells than its header (a web copy dropped its empty cells); read as ${p.reading} (${p.basis === 'confirmed' ? 'confirmed by its own figures: the rate equals executed ÷ budget, or the weight equals the stated one' : 'the column a confirmed row of this block lost is missing here too, and every other reading gives the same figures'})`,
    }),
  },
  'forms/column-unknown': {
    title: { zh: '未识别的列', en: 'column not recognised' },
    text: (p: Text) => ({
      zh: `指标表的列“${p.text}”不是已知的表头词语：其单元格原样保存在 otherCells 中`,
      en: `the indicator table column "${p.text}" is no known header word: its cells are kept as written in otherCells`,
    }),
  },
  'forms/column-role-from-content': {
    title: { zh: '按内容确定列的含义', en: 'column read by its content' },
    text: (p: { readonly text: string; readonly role: string; readonly roleEn: string }) => ({
      zh: `列“${p.text}”的单元格是${p.role}，按${p.role}读取`,
      en: `the cells of the column "${p.text}" hold ${p.roleEn}: read as ${p.roleEn}`,
    }),
  },
  'forms/target-from-name': {
    title: { zh: '指标值写在指标名称中', en: 'target read from the name' },
    text: (p: { readonly name: string; readonly target: string }) => ({
      zh: `表中没有指标值列，“${p.name}”末尾的“${p.target}”读作指标值`,
      en: `the table has no target column; "${p.target}" at the end of "${p.name}" is read as the target`,
    }),
  },
  'forms/indicator-part': {
    title: { zh: '“其中”子行', en: 'sub-row (其中)' },
    text: (p: { readonly name: string; readonly parent: string }) => ({
      zh: `“${p.name}”是上一行指标“${p.parent}”的组成部分，读入其 parts，不单独计分`,
      en: `"${p.name}" is a part of the indicator above ("${p.parent}"): read into its parts, not scored on its own`,
    }),
  },
  'forms/more-documents': {
    title: { zh: '文本含有多份表格', en: 'several documents in the text' },
    text: (p: { readonly count: number }) => ({
      zh: `文本中有 ${p.count} 份表格，parseForm 只读取第一份（其余行保留在 unparsed 中）；读取全部请用 parseForms`,
      en: `the text holds ${p.count} documents; parseForm reads the first (the other rows are kept in unparsed); use parseForms to read them all`,
    }),
  },
  'forms/indicator-header-missing': {
    title: { zh: '指标表没有表头', en: 'indicator table without a header' },
    text: (p: { readonly columns: string; readonly columnsEn: string }) => ({
      zh: `指标行前没有表头，按一级 / 二级指标的词语推断各列为：${p.columns}`,
      en: `the indicator rows have no header; their columns are inferred from the tier words: ${p.columnsEn}`,
    }),
  },
  'forms/claims-repeated': {
    title: { zh: '分值、得分重复填写', en: 'weight and score repeated' },
    text: (p: { readonly label: string }) => ({
      zh: `“${p.label}”一行重复了总额行的分值 / 得分，只计一次`,
      en: `the row "${p.label}" repeats the total's weight / score; counted once`,
    }),
  },
  'forms/site-targets': {
    title: { zh: '分地区指标值', en: 'targets per site' },
    text: (p: { readonly sites: string }) => ({
      zh: `指标表按地点分列指标值（${p.sites}），读入 siteTargets`,
      en: `the indicator table gives one target column per site (${p.sites}): read into siteTargets`,
    }),
  },
});
