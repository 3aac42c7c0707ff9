// A reader thread: walks its share of the object database (sources/object-store.ts) and posts the
// objects to the main thread in batches, at most a few batches ahead of what the main thread has taken.
import { parentPort, workerData } from 'node:worker_threads';
import { ContentGate } from '../scan/gate.js';
import { BatchWriter } from './object-batch.js';
import { ObjectStore } from './object-store.js';
/** Batches posted and not yet taken, beyond which the reader waits. */
export const BATCHES_AHEAD = 4;
const { location, literals, archives, share, inFlight } = workerData;
const port = parentPort;
const store = ObjectStore.open(location);
const writer = new BatchWriter((batch, transfer) => {
    for (let now = Atomics.load(inFlight, 0); now >= BATCHES_AHEAD; now = Atomics.load(inFlight, 0))
        Atomics.wait(inFlight, 0, now);
    Atomics.add(inFlight, 0, 1);
    port.postMessage({ batch }, transfer);
});
try {
    let told = false;
    for (const object of store.objects(new ContentGate(literals, { archives }), share)) {
        writer.add(object);
        const total = told ? null : store.total();
        if (total !== null)
            port.postMessage({ total });
        told ||= total !== null;
    }
    writer.flush();
    port.postMessage({ done: true });
}
finally {
    store.close();
}
