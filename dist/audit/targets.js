// The repositories an audit reads: a git URL (https, ssh, git, file, scp-style) or a local path, as
// given on the command line or in a --repos file. Each is split into what may be shown and stored (the
// URL without credentials) and what may only go to git for its fetch (the credentials).
import { createHash } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';
import { UsageError } from '../errors.js';
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** `user@host:path` (git's scp-like syntax): no scheme, a colon before the first slash. */
const SCP = /^(?:[^@/\s]+@)?[^/:\s]+:(?!\/\/)/;
function fromUrl(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new UsageError(`not a repository URL: ${text.replace(/^([a-z][a-z0-9+.-]*:\/\/)\S*@/i, '$1…@')}`);
    }
    const scheme = url.protocol.slice(0, -1).toLowerCase();
    if (!['http', 'https', 'ssh', 'git', 'file'].includes(scheme))
        throw new UsageError(`unsupported scheme ${scheme}: (http, https, ssh, git and file are)`);
    let credentials;
    if (scheme === 'http' || scheme === 'https') {
        if (url.username || url.password)
            credentials = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
        url.username = '';
    }
    // An ssh user name is not a secret (git@…); a password never belongs in a URL we keep.
    url.password = '';
    const clean = url.href;
    return { repository: clean, url: clean, ...(credentials ? { credentials } : {}) };
}
/** One line of a --repos file or one argument, as a target; `cwd` anchors local paths. */
export function parseTarget(text, cwd) {
    const trimmed = text.trim();
    // git reads `transport::address` as a remote helper (ext:: runs a command): never from a list.
    if (/^[A-Za-z][A-Za-z0-9+.-]*::/.test(trimmed))
        throw new UsageError(`remote helper addresses (transport::address) are not audited: ${trimmed.split('::')[0]}::…`);
    if (SCHEME.test(trimmed))
        return fromUrl(trimmed);
    if (SCP.test(trimmed) && !isAbsolute(trimmed) && !trimmed.startsWith('.')) {
        // ssh asks its agent, never a password in the address: one written there is dropped.
        const clean = trimmed.replace(/^([^@/:\s]+):[^@/\s]*@/, '$1@');
        return { repository: clean, url: clean };
    }
    const path = resolve(cwd, trimmed);
    return { repository: path, url: path };
}
/** A --repos file's lines: one repository each; blank lines and `#` comments are skipped. */
export function repoLines(text) {
    return text
        .split(/\r?\n/)
        .map((l) => l.replace(/(^|\s)#.*$/, '').trim())
        .filter((l) => l.length > 0);
}
/** The same repository named twice (with and without `.git`, a trailing slash) is audited once. */
export function normalised(repository) {
    return repository.replace(/\/+$/, '').replace(/\.git$/, '');
}
export function dedupe(targets) {
    const seen = new Set();
    return targets.filter((t) => {
        const key = normalised(t.repository);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function hash(text) {
    return createHash('sha256').update(text).digest('hex');
}
/** The mirror's folder name: readable, safe characters only, and unique by a hash of the whole name. */
export function mirrorName(repository) {
    const readable = normalised(repository)
        .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
        .replace(/[^A-Za-z0-9._-]+/g, '_')
        .replace(/^[._-]+/, '')
        .slice(-60);
    return `${readable || 'repo'}-${hash(normalised(repository)).slice(0, 12)}.git`;
}
/** `--shard I/N`: 1-based I of N. */
export function parseShard(text) {
    const match = /^(\d+)\/(\d+)$/.exec(text.trim());
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || count < 1 || count > 10000 || index < 1 || index > count)
        throw new UsageError(`--shard must be I/N with 1 ≤ I ≤ N, e.g. 2/8 (got "${text}")`);
    return { index, count };
}
/**
 * Shard I of N: the repositories whose normalised name hashes to I-1 modulo N. The same repository is
 * in the same shard whatever the list's order or which other repositories it holds.
 */
export function inShard(repository, shard) {
    return parseInt(hash(normalised(repository)).slice(0, 8), 16) % shard.count === shard.index - 1;
}
