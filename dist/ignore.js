// .flora-keyscan-ignore at the repository root: reviewed findings to accept, by the secret's
// fingerprint (never the secret), optionally only under some paths; and paths never to scan.
//
//   # comment
//   sha256:<64 hex>                  this secret, anywhere
//   sha256:<64 hex> fixtures/**      this secret, only under fixtures/
//   path:vendor/**                   never scan these paths
//
// A different secret on an ignored line is still reported: entries name secrets, not lines.
import { UserError } from './errors.js';
import { IGNORE_FILE } from './policy-files.js';
import { compileGlob } from './glob.js';
import { pathOf } from './findings.js';
export function parseIgnore(text, file) {
    const entries = [];
    const skips = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.replace(/\s+#.*$/, '').trim();
        if (!line || line.startsWith('#'))
            return;
        const [head = '', glob, extra] = line.split(/\s+/);
        if (head.startsWith('path:') && head.length > 5 && glob === undefined) {
            const test = globAt(head.slice(5), `${file}:${i + 1}`);
            skips.push(test);
            entries.push({ line: i + 1, text: line, matches: test, used: false });
            return;
        }
        const m = /^sha256:([0-9a-f]{64})$/.exec(head);
        // The line is not repeated: someone may have pasted the key itself here.
        if (!m || extra !== undefined)
            throw new UserError(`${file}:${i + 1}: expected "sha256:<64 hex digits> [path glob]" or "path:<glob>"${/[A-Za-z0-9]{16}/.test(line) ? ' (if that line is a key, remove it: entries name a key by its sha256 fingerprint, see flora-keyscan baseline)' : ''}`);
        entries.push({
            line: i + 1,
            text: line,
            secretSha256: m[1],
            matches: glob ? globAt(glob, `${file}:${i + 1}`) : undefined,
            used: false,
        });
    });
    return { file, entries, skipPath: skips.length ? (p) => skips.some((t) => t(p)) : undefined };
}
/** A glob of the ignore file; an error names the line. */
function globAt(glob, where) {
    try {
        return compileGlob(glob);
    }
    catch (error) {
        throw new UserError(`${where}: ${error.message}`);
    }
}
export function loadIgnore(files) {
    const text = files.read(IGNORE_FILE);
    return text === null
        ? { file: files.describe(IGNORE_FILE), entries: [] }
        : parseIgnore(text, files.describe(IGNORE_FILE));
}
/** Findings the ignore list does not accept; accepted ones mark their entry as used. */
export function applyIgnore(findings, ignore) {
    const ignored = [];
    const kept = findings.filter((f) => {
        const path = pathOf(f);
        const entry = ignore.entries.find((e) => {
            if (e.secretSha256 === undefined)
                return path !== null && e.matches(path);
            return (e.secretSha256 === f.secretSha256 && (!e.matches || (path !== null && e.matches(path))));
        });
        if (!entry)
            return true;
        entry.used = true;
        ignored.push(f);
        return false;
    });
    return { kept, ignored };
}
/** Lines for the ignore file that accept `findings`, one per secret and path. */
export function baselineLines(findings, existing, date) {
    const known = new Set(existing.entries.map((e) => e.secretSha256).filter(Boolean));
    const seen = new Set();
    const out = [];
    for (const f of findings) {
        if (known.has(f.secretSha256) || seen.has(f.secretSha256))
            continue;
        seen.add(f.secretSha256);
        out.push(`sha256:${f.secretSha256}  # ${f.ruleId} ${f.redacted} at ${pathOf(f) ?? 'commit message'}:${f.line}, accepted ${date}`);
    }
    return out;
}
