import { createRequire } from 'node:module';
import { run } from './program.js';

console.log(run(createRequire(import.meta.url)));
