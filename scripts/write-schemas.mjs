// Writes the JSON Schema of every document kind into schema/, from the built library (so from the zod schemas).
import { writeFileSync } from 'node:fs';
import { DOCUMENT_KINDS, jsonSchema } from '../dist/index.js';

for (const kind of DOCUMENT_KINDS) {
  writeFileSync(new URL(`../schema/${kind}.schema.json`, import.meta.url), `${JSON.stringify(jsonSchema(kind), null, 2)}\n`);
}
