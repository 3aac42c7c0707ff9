#!/usr/bin/env node
// The only file that touches the process: arguments, streams, signals, exit code.
import { run } from './cli.js';

const controller = new AbortController();
process.once('SIGINT', () => controller.abort());

// A reader that goes away (`| head -1`) ends the run quietly; a full disk is one line, exit 2.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (stream === process.stdout)
      process.stderr.write(
        `flora-keyscan: cannot write the report: ${error.code === 'ENOSPC' ? 'no space left on the device' : error.message}\n`,
      );
    process.exit(2);
  });
}

const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  stdin: process.stdin,
  signal: controller.signal,
});
process.exitCode = code;
if (process.argv.includes('--debug')) {
  process.stderr.write(`debug: peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`);
}
