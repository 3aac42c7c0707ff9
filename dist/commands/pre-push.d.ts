import type { Invocation, Io } from '../cli/io.js';
export declare function runPrePush({ args, flags }: Invocation, io: Io): Promise<number>;
