import type { Invocation, Io } from '../cli/io.js';
export declare function runMerge({ args, flags }: Invocation, io: Io): Promise<number>;
