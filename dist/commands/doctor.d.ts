import type { Invocation, Io } from '../cli/io.js';
export declare function runDoctor({ args }: Invocation, io: Io): Promise<number>;
