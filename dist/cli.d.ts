import type { Invocation, Io } from './cli/io.js';
export type { Io, Output, Invocation } from './cli/io.js';
/** --help, derived from the command and option tables. */
export declare function helpText(): string;
/** `flora-keyscan COMMAND --help`: its usage, its own options and examples. */
export declare function commandHelp(name: string): string;
/**
 * The command line as a command, its arguments and flags. A first word that is no command is a path
 * to scan, unless it is a command's name mistyped and no such file exists (`exists` says).
 */
export declare function parseCommandLine(argv: string[], exists?: (path: string) => boolean): Invocation;
export declare function run(argv: string[], io: Io): Promise<number>;
