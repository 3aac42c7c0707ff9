// Where a report goes and what it means for the exit code: the format, colour, destination, and the
// numbers and settings every scanning command checks before it starts.
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { writeReplacing } from '../safe-write.js';
import { FORMATS, FORMAT_NAMES, isFormat } from '../report/formats.js';
export function chooseFormat(flags, io, allowed = FORMAT_NAMES) {
    const format = flags.format ??
        (io.env.GITHUB_ACTIONS === 'true' && allowed.includes('github') ? 'github' : 'text');
    if (!isFormat(format) || !allowed.includes(format))
        throw new UsageError(`--format must be one of ${allowed.join(', ')} (got "${format}")`);
    return format;
}
/** Colour only for a terminal that can show it, unless NO_COLOR or FORCE_COLOR say otherwise. */
export function useColor(flags, io, toFile) {
    if (flags['no-color'] || toFile || (io.env.NO_COLOR ?? '') !== '')
        return false;
    const force = io.env.FORCE_COLOR;
    if (force !== undefined && force !== '')
        return force !== '0' && force !== 'false';
    return io.stdout.isTTY === true && io.env.TERM !== 'dumb';
}
/** Writes `text` to --output (resolved against the working folder, replacing a link there, never following it) or stdout. */
export function deliver(text, flags, io) {
    if (flags.output === undefined)
        io.stdout.write(text);
    else
        writeReplacing(resolve(io.cwd, flags.output), text, io.cwd);
}
export async function emit(report, flags, io) {
    const format = chooseFormat(flags, io);
    const toFile = flags.output !== undefined;
    const quietAndClean = flags.quiet &&
        report.findings.length === 0 &&
        report.preExisting.length === 0 &&
        report.stats.unreadable.length === 0 &&
        format === 'text';
    if (quietAndClean && !toFile)
        return;
    const render = await FORMATS[format].report();
    deliver(render(report, { color: useColor(flags, io, toFile), playbook: !flags['no-playbook'] }), flags, io);
}
export function checkFailOn(flags) {
    const failOn = flags['fail-on'] ?? 'any';
    if (failOn !== 'any' && failOn !== 'live')
        throw new UsageError(`--fail-on must be "any" or "live" (got "${failOn}")`);
    if (failOn === 'live' && !flags.verify)
        throw new UsageError('--fail-on live needs --verify: without a probe no key is known to be inactive');
}
/**
 * 2 when content went unread or Ctrl-C stopped the scan (it is incomplete, whatever it found), or
 * objects were missing and nothing was found; else 1
 * when findings fail the run. With --fail-on live, only keys the provider confirmed inactive are let
 * through: a key that is live, unknown or cannot be checked still fails.
 */
export function exitCode(report, flags) {
    const { stats } = report;
    if (stats.unreadable.length > 0 || stats.interrupted || stats.incomplete)
        return 2;
    // Objects the repository lacks were not scanned: incomplete, unless what was scanned already fails.
    if (stats.missing.length > 0 && report.findings.length === 0)
        return 2;
    const failing = flags['fail-on'] === 'live'
        ? report.findings.filter((f) => f.verification?.status !== 'inactive')
        : report.findings;
    return failing.length > 0 ? 1 : 0;
}
