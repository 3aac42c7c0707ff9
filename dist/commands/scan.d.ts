import type { Invocation, Io } from '../cli/io.js';
export declare function runScan({ args, flags }: Invocation, io: Io): Promise<number>;
export declare function runStaged({ args, flags }: Invocation, io: Io): Promise<number>;
