import type { Scheme } from '../scheme';
import { hubei } from './hubei';
import { national } from './national';

export { hubei, national };

/**
 * The preset schemes by id: `national` (the default) and `hubei`.
 *
 * @example
 * schemes.national.total //=> '100'
 * Object.keys(schemes) //=> ['national', 'hubei']
 * @category Scoring
 */
export const schemes: { readonly national: Scheme; readonly hubei: Scheme } = { national, hubei };
