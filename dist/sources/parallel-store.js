// The object database read by several threads at once (inflating is most of the work, and each
// delta tree is independent), consumed here as one stream.
import { Worker } from 'node:worker_threads';
import { readBatch } from './object-batch.js';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
/** The pack reader's worker, bundled on its own (dist/store-worker.js) wherever this code was loaded from. */
const WORKER_FILE = join(PACKAGE_ROOT, 'dist', 'store-worker.js');
/** Reads with `threads` threads; `onTotal` learns how many objects will come, once a thread knows. */
export async function* readInThreads(location, gate, threads, onTotal) {
    let totalTold = false;
    const queue = [];
    let finished = 0;
    let failure = null;
    let wake = null;
    const notify = () => {
        wake?.();
        wake = null;
    };
    const gateData = { location, literals: gate.literals, archives: gate.archives };
    const workers = Array.from({ length: threads }, (_, index) => {
        const inFlight = new Int32Array(new SharedArrayBuffer(4));
        const worker = new Worker(WORKER_FILE, {
            workerData: { ...gateData, share: { index, of: threads }, inFlight },
        });
        let done = false;
        worker.on('message', (m) => {
            if ('done' in m) {
                done = true;
                finished++;
            }
            else if ('total' in m) {
                if (!totalTold)
                    onTotal?.(m.total); // every thread counts the whole store
                totalTold = true;
            }
            else
                queue.push({ batch: m.batch, inFlight });
            notify();
        });
        worker.on('error', (error) => {
            failure ??= error;
            notify();
        });
        worker.on('exit', (code) => {
            if (!done)
                failure ??= new Error(`an object reader thread stopped (exit code ${code})`);
            notify();
        });
        return worker;
    });
    try {
        for (;;) {
            const next = queue.shift();
            if (next) {
                yield* readBatch(next.batch);
                Atomics.sub(next.inFlight, 0, 1);
                Atomics.notify(next.inFlight, 0);
                continue;
            }
            if (failure)
                throw failure;
            if (finished === threads)
                return;
            await new Promise((resolve) => (wake = resolve));
        }
    }
    finally {
        await Promise.all(workers.map((w) => w.terminate()));
    }
}
