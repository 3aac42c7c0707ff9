#!/usr/bin/env node
// The only file that touches the process: arguments, streams, signals, exit code.
import { run } from './cli.js';

const controller = new AbortController();
process.once('SIGINT', () => controller.abort());

const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  stdin: process.stdin,
  signal: controller.signal,
  self: { node: process.execPath, script: process.argv[1] ?? '' },
});
process.exitCode = code;
if (process.argv.includes('--debug')) {
  process.stderr.write(`debug: peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`);
}
