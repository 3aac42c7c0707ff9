import type { ContentGate } from '../scan/gate.js';
import type { StoredObject, StoreLocation } from './object-store.js';
/** Reads with `threads` threads; `onTotal` learns how many objects will come, once a thread knows. */
export declare function readInThreads(location: StoreLocation, gate: ContentGate, threads: number, onTotal?: (objects: number) => void): AsyncGenerator<StoredObject>;
