import { processIo } from './io';
import { internalError, runCli } from './run';

// A reader that stops early (`jixiao inspect dir | head`) closes the pipe: stop quietly, with the code the run
// has so far (0 before it ends), and no stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    process.exit(e.code === 'EPIPE' ? (Number(process.exitCode) || 0) : 2);
  });
}

runCli(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  // runCli reports its own errors; this is the last resort, should writing the report fail.
  (e: unknown) => {
    process.stderr.write(`${internalError(e, process.argv.includes('--debug') || process.env.JIXIAO_DEBUG === '1')}\n`);
    process.exitCode = 2;
  },
);
