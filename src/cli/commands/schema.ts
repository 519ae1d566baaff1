import { parseArgs } from 'node:util';
import { DOCUMENT_KINDS, jsonSchema } from '../../index';
import type { DocumentKind } from '../../index';
import { EXIT, type Command } from '../io';

export const schemaCommand: Command = {
  name: 'schema',
  usage: `jixiao schema <${DOCUMENT_KINDS.join('|')}>`,
  summary: '打印文档的 JSON Schema / print the JSON Schema of a document kind',
  details: [],
  run(args, io) {
    const { positionals } = parseArgs({ args: [...args], allowPositionals: true, options: {} });
    const kind = positionals[0];
    if (positionals.length !== 1 || !(DOCUMENT_KINDS as readonly string[]).includes(kind ?? '')) {
      io.err(`用法 / usage: ${schemaCommand.usage}`);
      return EXIT.usage;
    }
    io.out(JSON.stringify(jsonSchema(kind as DocumentKind), null, 2));
    return EXIT.ok;
  },
};
