import { createRequire } from 'node:module';
import { run } from './program.js';

console.log(await run(createRequire(import.meta.url)));
