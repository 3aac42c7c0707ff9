// One audit job in a thread of its own. A scan is mostly JavaScript, so jobs sharing one thread would
// take turns; each job thread scans one repository at a time, as the main thread hands them out.

import { parentPort, workerData } from 'node:worker_threads';
import type { Io } from '../cli/io.js';
import { auditRepository } from './scan.js';
import type { JobRequest, JobReply, JobSetup } from './jobs.js';

const port = parentPort!;
const { cache, flags, env, cwd, cores = 1 } = workerData as JobSetup;
const controller = new AbortController();
const io: Io = {
  stdout: { write: () => true },
  stderr: { write: (text: string) => port.postMessage({ stderr: text } satisfies JobReply) },
  env,
  cwd,
  signal: controller.signal,
};

port.on('message', (request: JobRequest) => {
  if ('abort' in request) return void controller.abort();
  auditRepository(request.target, cache, flags, io, cores).then(
    ({ report, secrets, rules }) => port.postMessage({ report, secrets, rules } satisfies JobReply),
    (error: unknown) =>
      port.postMessage({
        error: error instanceof Error ? error.message : String(error),
      } satisfies JobReply),
  );
});
