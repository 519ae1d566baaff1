import type { Indicator } from '../../src/model/indicator';
import type { ProjectDeclaration } from '../../src/model/project-declaration';
import type { UnitDeclaration } from '../../src/model/unit-declaration';

export function q(op: '>=' | '>' | '=' | '<' | '<=' | null, value: string, unit: string | null, raw?: string): Indicator['target'] {
  return { kind: 'quantitative', op, value, unit, raw: raw ?? `${op ?? ''}${value}${unit ?? ''}` };
}

export function ind(tier1: string, tier2: string, name: string, target: Indicator['target'], weight?: string): Indicator {
  return weight === undefined ? { tier1, tier2, name, target } : { tier1, tier2, name, target, weight };
}

/** A clean project declaration that passes the national rule set with no finding at all. */
export function project(indicators?: Indicator[], extra: Partial<ProjectDeclaration> = {}): ProjectDeclaration {
  return {
    kind: 'project-declaration',
    fiscalYear: 2024,
    projectName: '社区助餐点运营补贴',
    supervisingDepartment: '某区民政局',
    implementingUnit: '某区养老服务中心',
    amountUnit: 'wan-yuan',
    funds: { total: '120.00', fiscal: '100.00', carryOver: null, other: '20.00', extra: [] },
    goal: { annual: '为辖区老年人提供助餐服务', midTerm: null },
    indicators: indicators ?? [
      ind('产出指标', '数量指标', '助餐点数量', q('>=', '12', '个', '≥12个')),
      ind('产出指标', '质量指标', '食品安全检查合格率', q('=', '100', '%', '=100%')),
      ind('产出指标', '时效指标', '补贴发放及时性', { kind: 'qualitative', text: '及时', raw: '及时' }),
      ind('产出指标', '成本指标', '每餐补贴标准', q('<=', '5', '元/餐', '≤5元/餐')),
      ind('效益指标', '社会效益指标', '老年人就餐便利度', { kind: 'qualitative', text: '明显提升', raw: '明显提升' }),
      ind('满意度指标', '服务对象满意度指标', '用餐老人满意度', q('>=', '90', '%', '≥90%')),
    ],
    ...extra,
  };
}

export function unit(indicators: Indicator[], extra: Partial<UnitDeclaration> = {}): UnitDeclaration {
  return {
    kind: 'unit-declaration',
    fiscalYear: 2024,
    unitName: '某中心',
    appropriationMode: 'full',
    duties: [],
    annualGoals: [],
    keyTasks: [],
    amountUnit: 'yuan',
    budget: { total: '300.00', sources: { fiscal: '300.00', other: '0.00' }, structure: { basic: '100.00', project: '200.00' } },
    headcount: null,
    internalDepartments: null,
    indicators,
    ...extra,
  };
}
