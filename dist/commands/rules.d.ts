import type { Invocation, Io } from '../cli/io.js';
export declare function runRules({ args, flags }: Invocation, io: Io): Promise<number>;
