import { scoreMessages as M } from '../i18n/messages/score';
import { argumentError, isResult } from '../model/argument-error';
import type { Actual } from '../model/actual';
import type { Declaration } from '../model/document';
import type { Finding } from '../model/finding';
import type { Indicator } from '../model/indicator';
import { parseActual } from '../notation/parse-actual';
import type { ActualsInput } from './actuals';
import { schemeArgument } from './compile';
import type { SchemeId } from './presets/index';
import type { Scheme } from './scheme';
import { indicatorLabel } from './indicator-label';
import { scoreDocument, type DocRow } from './score-document';
import type { Scorecard } from './types';

const MISSING: Actual = { kind: 'missing', raw: '' };
const NONE: readonly Finding[] = [];

/** Which kinds of key the actuals use: a `#index` or `tier2/name` key is only looked for when some key could be one. */
interface KeyKinds {
  readonly byIndex: boolean;
  readonly byPath: boolean;
}

function keyKinds(keys: readonly string[]): KeyKinds {
  let byIndex = false;
  let byPath = false;
  for (const k of keys) {
    if (k.charCodeAt(0) === 35) byIndex = true; // '#'
    if (k.includes('/')) byPath = true;
  }
  return { byIndex, byPath };
}

/** The key an indicator's actual is given under: `#index`, `tier2/name`, else the name (the second tier when it has none). */
function keyOf(given: ActualsInput['indicators'], kinds: KeyKinds, indicator: Indicator, index: number): string | undefined {
  // Keys that cannot occur are not formed: building and looking up a new string per row is the costly part.
  if (kinds.byIndex) {
    const key = `#${index}`;
    if (Object.hasOwn(given, key)) return key;
  }
  if (kinds.byPath) {
    const key = `${indicator.tier2}/${indicator.name}`;
    if (Object.hasOwn(given, key)) return key;
  }
  const key = indicator.name === '' ? indicator.tier2 : indicator.name;
  return Object.hasOwn(given, key) ? key : undefined;
}

/**
 * Scores a declaration (unit or project) against actuals supplied beside it — what a unit does at year end
 * before the self-evaluation table exists, or to try a scheme on its own targets. Actuals are matched by
 * indicator name (`tier2/name` or `#index` when names repeat; the second tier when the name is blank, as in the
 * seed's 投入管理 block); an indicator without one is not reported (never
 * 0 by accident: the scheme's `missingActual` decides). The adjusted budget defaults to the declared total.
 *
 * What is no declaration, no actuals object or no scheme is a programmer error: a `TypeError` naming the
 * parameter (validate JSON actuals with {@link validateActuals}).
 *
 * @param declaration - a unit or project declaration
 * @param actuals - see {@link ActualsInput}
 * @param scheme - the scheme, or a preset id (`'national'`, `'hubei'`)
 * @returns the scorecard (no claims: a declaration publishes none)
 * @example
 * // seed: the Minhang declaration; scheme: examples/minhang-2024/scheme.json (产出 40 over 10 rows)
 * const card = scoreDeclaration(seed, { indicators: { 入户指导: '32户' }, budget: { executed: '28000000.00' } }, scheme);
 * card.indicators.find((r) => r.name === '入户指导')?.trace //=> '32 ≥ 30.00 → 4.00'
 * @category Scoring
 */
export function scoreDeclaration(declaration: Declaration, actuals: ActualsInput, scheme: Scheme | SchemeId): Scorecard {
  const d = declaration as Partial<Declaration> | null;
  if (typeof d !== 'object' || d === null || (d.kind !== 'unit-declaration' && d.kind !== 'project-declaration') || !Array.isArray(d.indicators)) {
    throw argumentError('scoreDeclaration', 'declaration', "a declaration (kind 'unit-declaration' or 'project-declaration')", declaration, isResult(declaration) ? 'pass the Result’s value' : undefined);
  }
  const a = actuals as Partial<ActualsInput> | null;
  if (typeof a !== 'object' || a === null || typeof a.indicators !== 'object' || a.indicators === null) {
    throw argumentError('scoreDeclaration', 'actuals', 'actuals ({ indicators: { name: actual } })', actuals, isResult(actuals) ? 'pass the Result’s value (validateActuals(json).value)' : 'validate JSON with validateActuals first');
  }
  const c = schemeArgument(scheme, 'scoreDeclaration');
  const given = actuals.indicators;
  const keys = Object.keys(given);
  const kinds = keyKinds(keys);
  const used = new Set<string>();
  const rows: DocRow[] = [];
  declaration.indicators.forEach((indicator, index) => {
    const key = keyOf(given, kinds, indicator, index);
    const entry = key === undefined ? undefined : given[key];
    if (key !== undefined) used.add(key);
    let actual = MISSING;
    let findings = NONE;
    const text = entry === undefined ? null : typeof entry === 'string' ? entry : entry.actual;
    if (text !== null) {
      const r = parseActual(text);
      if (r.ok) actual = r.value;
      else findings = [M.finding('score/actual-unreadable', 'warning', { name: indicatorLabel(indicator, index), text }, { path: ['indicators', index, 'actual'] })];
    }
    const extra = typeof entry === 'object' ? entry : undefined;
    rows.push({
      index,
      indicator,
      target: indicator.target,
      actual,
      declared: indicator.weight ?? null,
      published: extra?.score ?? null,
      coefficient: extra?.coefficient ?? null,
      findings,
    });
  });
  const findings: Finding[] = [];
  // Every key used (the usual case): nothing to look for.
  if (used.size < keys.length) for (const k of keys) if (!used.has(k)) findings.push(M.finding('score/actual-unmatched', 'warning', { key: k }, { path: ['indicators', k] }));
  const declaredTotal = declaration.kind === 'unit-declaration' ? declaration.budget.total : declaration.funds.total;
  const budget = {
    adjusted: actuals.budget?.adjusted ?? declaredTotal,
    executed: actuals.budget?.executed ?? null,
    declaredWeight: null,
    publishedRate: null,
    publishedScore: null,
  };
  return scoreDocument(rows, budget, c, {
    kind: declaration.kind,
    subject: declaration.kind === 'unit-declaration' ? declaration.unitName : declaration.projectName,
    origins: declaration.origins,
    tierWeights: declaration.tierWeights,
    publishedTotal: null,
    findings,
    rowScoresAreClaims: false,
    fiscalYear: declaration.fiscalYear,
  });
}
