// One audit job in a thread of its own. A scan is mostly JavaScript, so jobs sharing one thread would
// take turns; each job thread scans one repository at a time, as the main thread hands them out.
import { parentPort, workerData } from 'node:worker_threads';
import { auditRepository } from './scan.js';
const port = parentPort;
const { cache, flags, env, cwd, cores = 1 } = workerData;
const controller = new AbortController();
const io = {
    stdout: { write: () => true },
    stderr: { write: (text) => port.postMessage({ stderr: text }) },
    env,
    cwd,
    signal: controller.signal,
};
port.on('message', (request) => {
    if ('abort' in request)
        return void controller.abort();
    auditRepository(request.target, cache, flags, io, cores).then(({ report, secrets, rules }) => port.postMessage({ report, secrets, rules }), (error) => port.postMessage({
        error: error instanceof Error ? error.message : String(error),
    }));
});
