import { deepFreeze } from '../../model/deep-freeze';
import type { Scheme } from '../scheme';
import { hubei } from './hubei';
import { national } from './national';

export { hubei, national };

/**
 * The preset schemes by id: `national` (the default) and `hubei`. Frozen: writing to them throws.
 *
 * @example
 * schemes.national.total //=> '100'
 * Object.keys(schemes) //=> ['national', 'hubei']
 * @category Scoring
 */
export const schemes: { readonly national: Scheme; readonly hubei: Scheme } = deepFreeze({ national, hubei });

/**
 * The id of a preset scheme: every scoring function takes one where it takes a scheme (`scoreSelfEvaluation(doc,
 * 'hubei')`).
 *
 * @example
 * const id: SchemeId = 'hubei';
 * @category Scoring
 */
export type SchemeId = keyof typeof schemes;
