import type { Flags, Invocation, Io } from '../cli/io.js';
import { type AuditReport } from '../audit/report.js';
/** Where mirrors live unless --cache says: the user's cache folder ($XDG_CACHE_HOME or ~/.cache). */
export declare function defaultCache(env: Io['env']): string;
/** Prints an audit report in the chosen format; a one-line summary on stderr when the report is not text on stdout. */
export declare function emitAudit(report: AuditReport, flags: Flags, io: Io): Promise<number>;
export declare function runAudit({ args, flags }: Invocation, io: Io): Promise<number>;
