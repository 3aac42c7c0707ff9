import type { Invocation, Io } from '../cli/io.js';
export declare function runBaseline({ args, flags }: Invocation, io: Io): Promise<number>;
