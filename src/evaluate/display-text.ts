import type { Target } from '../model/target';
import { formatTarget } from '../notation/format-target';

/**
 * A cell text as a message shows it. Separate-column layouts keep the cells of a value in `raw` with tabs between
 * them (`≥\t12\t处`), which is right for the data and wrong for a display string: the cells are shown with a space.
 *
 * @param raw - a `raw` text as read
 * @returns the text with no tab
 */
export function displayText(raw: string): string {
  return raw.includes('\t') ? raw.replace(/\t+/g, ' ').trim() : raw;
}

/**
 * A target as a message shows it: as written, or written out (`≥12处`) when it was read from separate columns
 * (tabs in `raw`) or built in code with no `raw`.
 *
 * @param t - the target
 * @returns the text with no tab
 */
export function targetText(t: Target): string {
  return t.raw !== '' && !t.raw.includes('\t') ? t.raw : formatTarget(t, { style: 'plain' });
}
