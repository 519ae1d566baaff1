import { run } from './program.js';

run(require).then(console.log, (e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
