// Stored objects crossing from a reader thread to the main thread: many objects per message, their
// contents packed into one transferable buffer (structured cloning a Buffer copies its whole
// underlying memory, which may be a shared pool).

import type { StoredObject } from './object-store.js';

const KIND_BYTES = 0;
const KIND_FREE = 1;
const KIND_ERROR = 2;
const TYPES = ['blob', 'commit', 'tag'] as const;

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
export class BatchWriter {
  private oids: string[] = [];
  private types: number[] = [];
  private kinds: number[] = [];
  private sizes: number[] = [];
  private errors: string[] = [];
  private ends: number[] = [];
  private contents: Buffer[] = [];
  private bytes = 0;

  constructor(
    private readonly send: (batch: ObjectBatch, transfer: ArrayBuffer[]) => void,
    private readonly maxObjects = 2048,
    private readonly maxBytes = 8 * 1024 * 1024,
  ) {}

  add(object: StoredObject): void {
    this.oids.push(object.oid);
    this.types.push(TYPES.indexOf(object.type));
    this.sizes.push(object.size);
    if ('bytes' in object) {
      this.kinds.push(KIND_BYTES);
      // A copy now: the reader reuses or drops its buffers once the next object is read.
      this.contents.push(Buffer.from(object.bytes));
      this.bytes += object.bytes.length;
      this.ends.push(this.bytes);
    } else if ('error' in object) {
      this.kinds.push(KIND_ERROR);
      this.errors.push(object.error);
    } else {
      this.kinds.push(KIND_FREE);
    }
    if (this.oids.length >= this.maxObjects || this.bytes >= this.maxBytes) this.flush();
  }

  flush(): void {
    if (this.oids.length === 0) return;
    const data = new ArrayBuffer(this.bytes);
    const view = Buffer.from(data);
    let at = 0;
    for (const c of this.contents) at += c.copy(view, at);
    this.send(
      {
        oids: this.oids,
        types: Uint8Array.from(this.types),
        kinds: Uint8Array.from(this.kinds),
        sizes: Float64Array.from(this.sizes),
        errors: this.errors,
        data,
        ends: Float64Array.from(this.ends),
      },
      [data],
    );
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

export function* readBatch(batch: ObjectBatch): Generator<StoredObject> {
  const data = Buffer.from(batch.data);
  let content = 0;
  let error = 0;
  for (let i = 0; i < batch.oids.length; i++) {
    const head = {
      oid: batch.oids[i]!,
      type: TYPES[batch.types[i]!] ?? 'blob',
      size: batch.sizes[i]!,
    };
    const kind = batch.kinds[i];
    if (kind === KIND_BYTES) {
      const start = content === 0 ? 0 : batch.ends[content - 1]!;
      yield { ...head, bytes: data.subarray(start, batch.ends[content++]!) };
    } else if (kind === KIND_ERROR) {
      yield { ...head, error: batch.errors[error++]! };
    } else {
      yield { ...head, provenFree: true };
    }
  }
}
