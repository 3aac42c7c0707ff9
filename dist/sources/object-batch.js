// Stored objects crossing from a reader thread to the main thread: many objects per message, their
// contents packed into one transferable buffer (structured cloning a Buffer copies its whole
// underlying memory, which may be a shared pool).
const KIND_BYTES = 0;
const KIND_FREE = 1;
const KIND_ERROR = 2;
const TYPES = ['blob', 'commit', 'tag'];
/** Collects objects and hands a batch to `send` every `maxObjects` objects or `maxBytes` bytes. */
export class BatchWriter {
    send;
    maxObjects;
    maxBytes;
    oids = [];
    types = [];
    kinds = [];
    sizes = [];
    errors = [];
    ends = [];
    contents = [];
    bytes = 0;
    constructor(send, maxObjects = 2048, maxBytes = 8 * 1024 * 1024) {
        this.send = send;
        this.maxObjects = maxObjects;
        this.maxBytes = maxBytes;
    }
    add(object) {
        this.oids.push(object.oid);
        this.types.push(TYPES.indexOf(object.type));
        this.sizes.push(object.size);
        if ('bytes' in object) {
            this.kinds.push(KIND_BYTES);
            // A copy now: the reader reuses or drops its buffers once the next object is read.
            this.contents.push(Buffer.from(object.bytes));
            this.bytes += object.bytes.length;
            this.ends.push(this.bytes);
        }
        else if ('error' in object) {
            this.kinds.push(KIND_ERROR);
            this.errors.push(object.error);
        }
        else {
            this.kinds.push(KIND_FREE);
        }
        if (this.oids.length >= this.maxObjects || this.bytes >= this.maxBytes)
            this.flush();
    }
    flush() {
        if (this.oids.length === 0)
            return;
        const data = new ArrayBuffer(this.bytes);
        const view = Buffer.from(data);
        let at = 0;
        for (const c of this.contents)
            at += c.copy(view, at);
        this.send({
            oids: this.oids,
            types: Uint8Array.from(this.types),
            kinds: Uint8Array.from(this.kinds),
            sizes: Float64Array.from(this.sizes),
            errors: this.errors,
            data,
            ends: Float64Array.from(this.ends),
        }, [data]);
        this.oids = [];
        this.types = [];
        this.kinds = [];
        this.sizes = [];
        this.errors = [];
        this.ends = [];
        this.contents = [];
        this.bytes = 0;
    }
}
export function* readBatch(batch) {
    const data = Buffer.from(batch.data);
    let content = 0;
    let error = 0;
    for (let i = 0; i < batch.oids.length; i++) {
        const head = {
            oid: batch.oids[i],
            type: TYPES[batch.types[i]] ?? 'blob',
            size: batch.sizes[i],
        };
        const kind = batch.kinds[i];
        if (kind === KIND_BYTES) {
            const start = content === 0 ? 0 : batch.ends[content - 1];
            yield { ...head, bytes: data.subarray(start, batch.ends[content++]) };
        }
        else if (kind === KIND_ERROR) {
            yield { ...head, error: batch.errors[error++] };
        }
        else {
            yield { ...head, provenFree: true };
        }
    }
}
