import type { Invocation, Io } from '../cli/io.js';
export declare function runVerify({ args, flags }: Invocation, io: Io): Promise<number>;
