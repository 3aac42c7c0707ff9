/**
 * Errors a user can act on. The CLI prints their message as one line and exits 2;
 * anything else is a bug and gets a stack trace with --debug.
 */
export class UserError extends Error {
    name = 'UserError';
}
/** Bad command line: unknown flag, missing argument, conflicting options. */
export class UsageError extends UserError {
    name = 'UsageError';
}
