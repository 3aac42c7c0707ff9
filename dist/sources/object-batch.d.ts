import type { StoredObject } from './object-store.js';
export interface ObjectBatch {
    oids: string[];
    types: Uint8Array;
    kinds: Uint8Array;
    sizes: Float64Array;
    /** Error messages, in order, one per KIND_ERROR object. */
    errors: string[];
    data: ArrayBuffer;
    /** End offset in `data` of each KIND_BYTES object's content, in order. */
    ends: Float64Array;
}
/** Collects objects and hands a batch to `send` every `maxObjects` objects or `maxBytes` bytes. */
export declare class BatchWriter {
    private readonly send;
    private readonly maxObjects;
    private readonly maxBytes;
    private oids;
    private types;
    private kinds;
    private sizes;
    private errors;
    private ends;
    private contents;
    private bytes;
    constructor(send: (batch: ObjectBatch, transfer: ArrayBuffer[]) => void, maxObjects?: number, maxBytes?: number);
    add(object: StoredObject): void;
    flush(): void;
}
export declare function readBatch(batch: ObjectBatch): Generator<StoredObject>;
