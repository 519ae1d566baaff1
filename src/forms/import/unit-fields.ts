import { formsMessages as M } from '../../i18n/messages/forms';
import type { AppropriationMode } from '../../model/unit-declaration';
import { type ImportContext, origin, report } from '../read/context';
import { COMMON_FIELDS, type FieldHit, fieldText, firstHits } from '../read/fields';
import { reportMissing } from '../read/common-rows';
import { appropriationModeOf } from './appropriation';

/** The header fields of a unit declaration (both layouts): 单位名称 and 预算管理方式 / 拨款方式. */
export const UNIT_FIELDS = [COMMON_FIELDS.unitName, COMMON_FIELDS.appropriationMode];

/** A key of {@link UNIT_FIELDS}. */
export type UnitFieldKey = (typeof UNIT_FIELDS)[number]['key'];

/**
 * The unit name and appropriation mode from the field hits of a unit declaration: the first hit of each (a
 * repeated one is reported), their origins recorded, a missing name and an unknown mode reported.
 */
export function readUnitFields(
  ctx: ImportContext,
  hits: readonly FieldHit<UnitFieldKey>[],
): { readonly unitName: string; readonly appropriationMode: AppropriationMode | null } {
  const f = firstHits(ctx, hits, UNIT_FIELDS);
  const unitName = fieldText(ctx, f.get('unitName'), '/unitName') ?? '';
  if (unitName === '') reportMissing(ctx, COMMON_FIELDS.unitName, 'unitName');
  const modeHit = f.get('appropriationMode');
  if (!modeHit || modeHit.value.text === '') return { unitName, appropriationMode: null };
  origin(ctx, '/appropriationMode', modeHit.row, modeHit.value);
  const appropriationMode = appropriationModeOf(modeHit.value.text);
  if (appropriationMode === null) {
    report(ctx, M.finding('forms/appropriation-unknown', 'warning', { text: modeHit.value.text.slice(0, 80) }, { line: modeHit.row.line, column: modeHit.value.column, path: ['appropriationMode'], field: 'appropriationMode' }));
  }
  return { unitName, appropriationMode };
}
