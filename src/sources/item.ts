import type { Provenance } from '../types.js';

/** One piece of content a source hands to the engine, or the reason it could not. */
export type SourceItem =
  | { provenance: Provenance; bytes: Buffer }
  /** Content too large to hold at once, read chunk by chunk. */
  | { provenance: Provenance; chunks: () => Iterable<Buffer>; size: number }
  /** Content the source proved holds none of the engine's pre-filter keywords (engine.prefilter), counted. */
  | { keywordFree: { objects: number; bytes: number } }
  | { provenance: Provenance; skipped: string }
  | { provenance: Provenance; unreadable: string };
