/**
 * The header fields of the forms (项目名称, 主管部门, 实施单位 …) and the labels that name them, as data.
 * Documented in docs/importing.md ("Header fields").
 */

/** A header field the model has a place for. */
export type FieldKey = 'projectName' | 'unitName' | 'supervisingDepartment' | 'implementingUnit' | 'contact' | 'appropriationMode' | 'publishedTotal';

/** A header field and the label keys (see `labelKey`) that name it. */
export interface FieldSpec {
  readonly key: FieldKey;
  readonly zh: string;
  readonly en: string;
  readonly labels: readonly string[];
}

/** The header fields, each with every label seen for it. */
export const FIELDS: readonly FieldSpec[] = [
  { key: 'projectName', zh: '项目名称', en: 'project name', labels: ['项目名称', '项目全称', '项目名'] },
  {
    key: 'unitName',
    zh: '单位名称',
    en: 'unit name',
    labels: ['单位名称', '部门名称', '部门(单位)名称', '单位(部门)名称', '预算单位', '预算单位名称', '单位', '部门', '申报单位'],
  },
  { key: 'supervisingDepartment', zh: '主管部门', en: 'supervising department', labels: ['主管部门', '主管部门及代码', '主管单位', '主管部门(单位)', '主管部门名称'] },
  {
    key: 'implementingUnit',
    zh: '实施单位',
    en: 'implementing unit',
    labels: ['实施单位', '实施单位(盖章)', '项目实施单位', '项目单位', '执行单位', '承担单位', '项目承担单位', '项目执行单位'],
  },
  {
    key: 'contact',
    zh: '项目负责人及电话',
    en: 'project contact',
    labels: ['项目负责人及电话', '项目负责人及联系电话', '项目负责人', '联系人及电话', '项目联系人', '联系人'],
  },
  { key: 'appropriationMode', zh: '财政资金拨款方式', en: 'appropriation mode', labels: ['财政资金拨款方式', '拨款方式', '经费形式', '经费拨款方式'] },
  { key: 'publishedTotal', zh: '自评总分', en: 'total score', labels: ['自评总分', '自评得分'] },
];

const BY_LABEL: ReadonlyMap<string, FieldSpec> = new Map(FIELDS.flatMap((f) => f.labels.map((l) => [l, f] as const)));

/** The field a label key names, or undefined. */
export function fieldOf(key: string): FieldSpec | undefined {
  return key.length > 20 ? undefined : BY_LABEL.get(key);
}

/**
 * Labels of header facts the model keeps as they are written (`extraFields`): the project's type, period,
 * basis, the self-evaluation's conclusions. A row of such pairs is read, never dropped; other short labels
 * beside a value in the header area are kept the same way.
 */
export const EXTRA_FIELD_LABELS: readonly string[] = [
  '项目编号',
  '项目编码',
  '项目类型',
  '项目类别',
  '项目属性',
  '项目期限',
  '项目期',
  '项目口径',
  '重要程度',
  '对应一级项目',
  '项目功能科目',
  '功能科目',
  '立项依据',
  '主要内容',
  '项目主要内容',
  '项目实施计划',
  '实施计划',
  '联系电话',
  '评价结论',
  '自评结论',
  '存在问题',
  '主要问题',
  '改进措施',
  '整改措施',
  '其他需要说明事项',
  '其他说明',
  '最近年度绩效评价情况',
  '资金用途',
  '报表编号',
  '项目实施内容及过程概述',
  '项目起止时间',
  '建设周期',
  '项目来源',
  '项目审批',
  '项目总体概况',
  '是否为专项资金',
  '业务主管部门',
];
