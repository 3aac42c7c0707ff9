import type { Provenance } from '../types.js';

/** One piece of content a source hands to the engine, or the reason it could not. */
export type SourceItem =
  | { provenance: Provenance; bytes: Buffer }
  | { provenance: Provenance; skipped: string }
  | { provenance: Provenance; unreadable: string };

/** Runs `load` over `inputs` with up to `width` in flight, yielding results in input order. */
export async function* readAhead<T, R>(inputs: readonly T[], width: number, load: (input: T) => Promise<R>): AsyncGenerator<R> {
  const inFlight: Promise<R>[] = [];
  let next = 0;
  while (next < inputs.length && inFlight.length < width) inFlight.push(load(inputs[next++]!));
  while (inFlight.length > 0) {
    const result = await inFlight.shift()!;
    if (next < inputs.length) inFlight.push(load(inputs[next++]!));
    yield result;
  }
}
