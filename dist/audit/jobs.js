// --jobs N: repositories scanned N at a time, each job in a thread of its own (dist/audit-worker.js,
// bundled on its own like the pack reader's), so that N jobs use N CPUs. One job runs in this thread.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PACKAGE_ROOT } from '../package-root.js';
import { auditRepository } from './scan.js';
const WORKER_FILE = join(PACKAGE_ROOT, 'dist', 'audit-worker.js');
function outcomeOf(target, work) {
    return work.then((scan) => ({ target, scan }), (error) => ({ target, error: error instanceof Error ? error.message : String(error) }));
}
/** A job thread: one repository at a time; its stderr lines go to ours. */
function jobThread(setup, io) {
    const worker = new Worker(WORKER_FILE, { workerData: setup });
    const abort = () => worker.postMessage({ abort: true });
    io.signal?.addEventListener('abort', abort, { once: true });
    let pending = null;
    worker.on('message', (reply) => {
        if ('stderr' in reply)
            return void io.stderr.write(reply.stderr);
        if ('error' in reply)
            pending?.reject(new Error(reply.error));
        else
            pending?.resolve(reply);
        pending = null;
    });
    const fail = (error) => (pending?.reject(error), (pending = null));
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the audit thread stopped (exit code ${code})`)));
    return {
        audit: (target) => new Promise((resolve, reject) => {
            pending = { resolve, reject };
            worker.postMessage({ target });
        }),
        stop: async () => {
            io.signal?.removeEventListener('abort', abort);
            await worker.terminate();
        },
    };
}
/** Every target audited, `jobs` at a time; `done` is told of each as it ends. Results keep the targets' order. */
export async function runJobs(targets, jobs, setup, io, done) {
    const results = new Array(targets.length);
    let next = 0;
    const worker = async (audit) => {
        while (next < targets.length) {
            const i = next++;
            results[i] = await outcomeOf(targets[i], audit(targets[i]));
            done(results[i]);
        }
    };
    const width = Math.min(jobs, targets.length);
    const cores = Math.max(1, Math.floor(availableParallelism() / Math.max(1, width)));
    if (width <= 1) {
        await worker((t) => auditRepository(t, setup.cache, setup.flags, io, cores));
        return results;
    }
    const threads = Array.from({ length: width }, () => jobThread({ ...setup, cores }, io));
    try {
        await Promise.all(threads.map((t) => worker(t.audit)));
    }
    finally {
        await Promise.all(threads.map((t) => t.stop()));
    }
    return results;
}
