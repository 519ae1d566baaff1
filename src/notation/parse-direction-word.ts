import { toHalfWidth } from '../i18n/half-width';
import type { DeclaredDirection } from '../model/target';
import { own } from './internal/text';
import { DIRECTION_WORDS } from './vocabulary';

/**
 * Reads a cell of a direction column (指标方向 / 指标性质) as the direction it declares: 正向 → higher is
 * better, 反向 or 逆向 → lower is better, 定性 → qualitative ({@link DIRECTION_WORDS}; `指标` after the word,
 * full-width forms and spaces are allowed). A direction is not an operator: keep it as the indicator's
 * `direction`, and read the target with the operator the row writes (or none). Tables use these column names for
 * operators too (指标方向 `大于等于`): a column whose cells read as directions is a direction column.
 *
 * @param text - the cell text
 * @returns the direction, or null when the text is none (an operator, a blank, anything else)
 * @example
 * parseDirectionWord('正向') //=> 'higher-is-better'
 * parseDirectionWord(' 逆向指标 ') //=> 'lower-is-better'
 * parseDirectionWord('定性') //=> 'qualitative'
 * parseDirectionWord('大于等于') //=> null
 * @category Notation
 */
export function parseDirectionWord(text: string): DeclaredDirection | null {
  if (typeof text !== 'string') throw new TypeError('jixiao: parseDirectionWord expects a string (text)');
  return own(DIRECTION_WORDS, toHalfWidth(text).replace(/\s+/gu, '')) ?? null;
}
