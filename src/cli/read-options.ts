import { AmountUnit, FORM_LAYOUTS } from '../index';
import type { FormLayout } from '../index';
import { option, type Values } from './document-command';
import { EXIT, type Io } from './io';

const LAYOUT_IDS: readonly string[] = FORM_LAYOUTS.map((l) => l.id);
const UNITS: readonly string[] = AmountUnit.options;

/** `--layout` and `--amount-unit`, which `inspect` and `convert` take. */
export const LAYOUT_OPTIONS = { layout: { type: 'string' }, 'amount-unit': { type: 'string' } } as const;

/** Their `--help` lines. */
export const LAYOUT_DETAILS = {
  layout: `--layout LAYOUT         按此样式读取，不自动识别 / read as this layout: ${LAYOUT_IDS.join(' | ')}`,
  amountUnit: `--amount-unit UNIT      表中未写明时的金额单位 / the unit of money when the table does not say: ${UNITS.join(' | ')}`,
} as const;

/** Checks `--layout` and `--amount-unit`; prints the usage error and returns its code, or null when they are fine. */
export function checkLayoutOptions(values: Values, usage: string, io: Io): { code: number } | null {
  const layout = option(values, 'layout');
  const unit = option(values, 'amount-unit');
  const bad =
    layout !== undefined && !LAYOUT_IDS.includes(layout)
      ? `--layout: ${LAYOUT_IDS.join(' | ')}`
      : unit !== undefined && !UNITS.includes(unit)
        ? `--amount-unit: ${UNITS.join(' | ')}`
        : null;
  if (bad === null) return null;
  io.err(`用法错误 / usage error: ${bad}\n用法 / usage: ${usage}`);
  return { code: EXIT.usage };
}

/** The layout option's value, once checked. */
export function layoutOf(values: Values): FormLayout | undefined {
  return option(values, 'layout') as FormLayout | undefined;
}

/** The amount unit option's value, once checked. */
export function amountUnitOf(values: Values): AmountUnit | undefined {
  return option(values, 'amount-unit') as AmountUnit | undefined;
}
