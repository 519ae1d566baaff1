import { run } from './program.js';

console.log(run(require));
