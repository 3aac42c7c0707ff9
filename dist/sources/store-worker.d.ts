/** Batches posted and not yet taken, beyond which the reader waits. */
export declare const BATCHES_AHEAD = 4;
