import type { Readable } from 'node:stream';
import type { parseArgs } from 'node:util';
import type { OPTIONS } from './options.js';
export interface Output {
    write(text: string): unknown;
    isTTY?: boolean;
}
export interface Io {
    stdout: Output;
    stderr: Output;
    env: Record<string, string | undefined>;
    cwd: string;
    stdin?: Readable;
    /** Aborted on Ctrl-C: long work stops and reports what it has. */
    signal?: AbortSignal;
}
export type Flags = ReturnType<typeof parseArgs<{
    options: typeof OPTIONS;
    allowPositionals: true;
    strict: true;
}>>['values'];
export interface Invocation {
    command: string;
    args: string[];
    flags: Flags;
}
export type Runner = (invocation: Invocation, io: Io) => Promise<number>;
