/**
 * Errors a user can act on. The CLI prints their message as one line and exits 2;
 * anything else is a bug and gets a stack trace with --debug.
 */
export declare class UserError extends Error {
    name: string;
}
/** Bad command line: unknown flag, missing argument, conflicting options. */
export declare class UsageError extends UserError {
    name: string;
}
