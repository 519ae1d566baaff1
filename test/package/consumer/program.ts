// A consumer of the packed package: the main API, `jixiao/testing`, `jixiao/files`, `jixiao/schema/*.json` and
// `jixiao/package.json`, type-checked (strict, skipLibCheck false) under node16 ESM, node16 CommonJS and bundler
// resolution, then run. Every check throws when it fails, so the process exits non-zero.
import {
  Dec,
  formatTarget,
  parseForm,
  parseTarget,
  reconcileBudget,
  reviewDocument,
  ruleSets,
  schemes,
  scoreSelfEvaluation,
  toDecimalString,
  validateDocument,
  type Finding,
  type Result,
  type Scorecard,
  type Target,
} from 'jixiao';
import {
  assertFinding,
  assertReconciles,
  assertScores,
  indicator,
  jixiaoMatchers,
  projectDeclaration,
  row,
  seed,
  selfEvaluation,
  type JixiaoMatchers,
} from 'jixiao/testing';

import { readTable, scorecardToXlsx, toXlsx, type ReadTableOptions } from 'jixiao/files';

/** What an app declares to its test runner's types (vitest: `interface Assertion<T> extends JixiaoMatchers<T> {}`). */
export interface Assertion<T> extends JixiaoMatchers<T> {}

function check(what: string, ok: boolean): void {
  if (!ok) throw new Error(`consumer check failed: ${what}`);
}

/** Runs the checks; `load` is the consumer's `require` (CommonJS) or one made by `createRequire` (ESM). */
export async function run(load: (id: string) => unknown): Promise<string> {
  // The Decimal type and the Dec constructor (TS2709 and "not constructable" under node16 ESM before 0.1.0).
  const sum: Dec = new Dec('0.1').plus('0.2');
  check('Dec', toDecimalString(sum) === '0.3');

  const t: Result<Target> = parseTarget('不低于90%');
  check('parseTarget', t.ok && t.value.kind === 'quantitative' && formatTarget(t.value, { style: 'shanghai' }) === '≥90.00(%)');

  const doc = projectDeclaration({ add: [indicator('成本指标/经济成本指标/每户补贴', '≤500元/户')] });
  check('builders', validateDocument(doc).ok && reconcileBudget(doc).ok && reviewDocument(doc, ruleSets.national).counts.error === 0);
  const missing: Finding = assertFinding(reviewDocument(projectDeclaration({ without: ['满意度指标'] })), 'review/required-tier1');
  check('assertFinding', missing.severity === 'error');
  assertReconciles(seed);

  const se = selfEvaluation({ indicators: [row('产出指标/数量指标/入户指导', '≥30户', { actual: '32户', weight: '90' })] });
  const card: Scorecard = assertScores(se, '100', schemes.national);
  check('scoring', scoreSelfEvaluation(se).total === card.total);

  check('matchers', jixiaoMatchers.toScore(se, '100').pass);

  const schema = load('jixiao/schema/self-evaluation.schema.json') as { properties?: { kind?: { const?: string } } };
  check('jixiao/schema/*.json', schema.properties?.kind?.const === 'self-evaluation');
  const pkg = load('jixiao/package.json') as { name: string; version: string };
  check('jixiao/package.json', pkg.name === 'jixiao');

  // jixiao/files: a workbook written and read back (exceljs, loaded on first use), a scorecard workbook.
  const options: ReadTableOptions = { fileName: '申报表.xlsx' };
  const grids = await readTable(await toXlsx(doc), options);
  const back = grids.ok && grids.value[0] !== undefined ? parseForm(grids.value[0]) : null;
  check('jixiao/files readTable(toXlsx(doc))', back !== null && back.ok && back.value.kind === 'project-declaration' && back.source?.kind === 'sheet');
  const page = await readTable(new TextEncoder().encode('<table><tr><td rowspan="2">产出指标</td><td>甲</td></tr><tr><td>乙</td></tr></table>'));
  check('jixiao/files html', page.ok && JSON.stringify(page.value[0]?.rows) === '[["产出指标","甲"],["","乙"]]');
  check('jixiao/files scorecardToXlsx', (await scorecardToXlsx(card)).byteLength > 0);

  return `ok ${pkg.version} ${card.total}`;
}
