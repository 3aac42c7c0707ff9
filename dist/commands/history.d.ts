import type { Invocation, Io } from '../cli/io.js';
export declare function runHistory({ args, flags }: Invocation, io: Io): Promise<number>;
