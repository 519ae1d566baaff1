import { z } from 'zod';
import { ProjectDeclaration } from './project-declaration';
import { SelfEvaluation } from './self-evaluation';
import { UnitDeclaration } from './unit-declaration';

/**
 * Any document of the cycle, told apart by `kind`: `unit-declaration`, `project-declaration`,
 * `self-evaluation`.
 *
 * @example
 * PerformanceDocument.parse(json).kind //=> 'unit-declaration'
 * @category Model
 */
export const PerformanceDocument = z.discriminatedUnion('kind', [UnitDeclaration, ProjectDeclaration, SelfEvaluation]);
/**
 * See the {@link PerformanceDocument} schema.
 *
 * @example
 * const label = (d: PerformanceDocument) => (d.kind === 'self-evaluation' ? d.name : d.kind);
 * @category Model
 */
export type PerformanceDocument = UnitDeclaration | ProjectDeclaration | SelfEvaluation;

/**
 * The declarations: the documents that state targets before the year.
 *
 * @example
 * const isDeclaration = (d: PerformanceDocument): d is Declaration => d.kind !== 'self-evaluation';
 * @category Model
 */
export type Declaration = UnitDeclaration | ProjectDeclaration;

/**
 * The document kinds, as used by the CLI (`jixiao schema unit-declaration`) and in JSON.
 *
 * @example
 * DOCUMENT_KINDS.includes('self-evaluation') //=> true
 * @category Model
 */
export const DOCUMENT_KINDS = ['unit-declaration', 'project-declaration', 'self-evaluation'] as const;
/**
 * One of {@link DOCUMENT_KINDS}.
 *
 * @example
 * const k: DocumentKind = 'project-declaration';
 * @category Model
 */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
