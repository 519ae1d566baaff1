import { z } from 'zod';
import type { DocumentKind } from './document';
import { ProjectDeclaration } from './project-declaration';
import { SelfEvaluation } from './self-evaluation';
import { UnitDeclaration } from './unit-declaration';

const SCHEMAS = {
  'unit-declaration': UnitDeclaration,
  'project-declaration': ProjectDeclaration,
  'self-evaluation': SelfEvaluation,
} as const;

/**
 * The JSON Schema (draft 2020-12) of a document kind, generated from the zod schema that the library itself
 * validates with, so that apps in other languages check the same JSON.
 *
 * @param kind - `unit-declaration`, `project-declaration` or `self-evaluation`
 * @returns a JSON Schema object
 * @example
 * jsonSchema('unit-declaration').properties.kind //=> { type: 'string', const: 'unit-declaration' }
 * @category Validation
 */
export function jsonSchema(kind: DocumentKind): Record<string, unknown> {
  const schema = z.toJSONSchema(SCHEMAS[kind], { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: `urn:jixiao:schema:${kind}`,
    title: kind,
  };
}
