// One authenticated, read-only request that tells whether a key still works. What to send and which
// answers mean what are data in the rule (`verify`); this module only carries them out safely: the
// key goes only into a header, redirects are not followed, answers are read up to a small cap, and
// waits and retries are bounded whatever the server says.
import { UserError } from '../errors.js';
import { isoUtc } from '../time.js';
const RATE_LIMIT_DEFAULT_WAIT_MS = 5_000;
const SERVER_ERROR_FIRST_WAIT_MS = 1_000;
const MIN_WAIT_MS = 1_000;
const MAX_WAIT_MS = 30_000;
/** An error answer is a few hundred bytes of JSON; more is not read (a 3 GB answer must not be held). */
export const MAX_BODY_BYTES = 64 * 1024;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
/** The base URL to probe: https, or plain http only on loopback (a local test server); never with credentials. */
export function checkBaseUrl(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new UserError('API base URL is not a URL (it is not repeated here: it may hold a password)');
    }
    if (url.username || url.password)
        throw new UserError(`refusing an API base URL with credentials in it (${url.protocol}//…@${url.host})`);
    const loopback = LOOPBACK.has(url.hostname) || /^127\.\d+\.\d+\.\d+$/.test(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
        throw new UserError(`refusing to send a key to ${url.origin}: the API base URL must use https (plain http only for localhost)`);
    }
    if (url.search || url.hash)
        throw new UserError(`refusing an API base URL with a query or fragment (${url.origin}${url.pathname})`);
    return url.href.replace(/\/+$/, '');
}
function realSleep(ms, signal) {
    return new Promise((resolve) => {
        const timer = setTimeout(resolve, ms);
        signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
    });
}
/** `retry-after` in ms (seconds or an HTTP date), or null when absent or not a sane value. */
function retryAfterMs(header, now) {
    if (!header)
        return null;
    const trimmed = header.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return Number(trimmed) * 1000;
    if (!/[A-Za-z]/.test(trimmed))
        return null; // "-5" and other numbers that are not seconds
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? null : date - now.getTime();
}
/** The answer's first bytes, read up to MAX_BODY_BYTES; the rest is never downloaded. */
async function readCapped(response) {
    const reader = response.body?.getReader();
    if (!reader)
        return { text: '', truncated: false };
    const chunks = [];
    let size = 0;
    let truncated = false;
    try {
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            chunks.push(value);
            size += value.length;
            if (size >= MAX_BODY_BYTES) {
                truncated = true;
                break;
            }
        }
    }
    finally {
        await reader.cancel().catch(() => { });
    }
    return { text: Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES).toString('utf8'), truncated };
}
/** The error code at `path` (`error.code`) of a JSON answer; a short identifier or nothing (it is printed). */
function errorCode({ text, truncated }, path) {
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        // An answer cut at the cap is JSON if it starts like JSON; its code, if any, is not read.
        return { json: truncated && /^\s*[[{]/.test(text), code: null };
    }
    const code = (path ?? '')
        .split('.')
        .reduce((at, key) => key && typeof at === 'object' && at !== null
        ? at[key]
        : undefined, body);
    return {
        json: true,
        code: path && typeof code === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(code) ? code : null,
    };
}
function verdictOf(now, status, httpStatus, code, requestId, reason) {
    return { status, httpStatus, code, requestId, checkedAt: isoUtc(now()), reason };
}
async function attempt(url, spec, headers, options, now) {
    const unknown = (reason, status = null, code = null, id = null) => ({ verdict: verdictOf(now, 'unknown', status, code, id, reason) });
    if (options.signal?.aborted)
        return unknown('interrupted');
    let response;
    try {
        const signals = [
            AbortSignal.timeout(options.timeoutMs),
            ...(options.signal ? [options.signal] : []),
        ];
        // redirect: manual — a redirect would carry the Authorization header to wherever it points.
        response = await fetch(url, {
            method: spec.method,
            headers,
            redirect: 'manual',
            signal: AbortSignal.any(signals),
        });
    }
    catch (error) {
        const e = error;
        if (options.signal?.aborted)
            return unknown('interrupted');
        return unknown(e.name === 'TimeoutError'
            ? `no answer within ${options.timeoutMs} ms`
            : `network error: ${e.cause?.code ?? e.message}`);
    }
    const rawId = spec.requestIdHeader ? response.headers.get(spec.requestIdHeader) : null;
    const requestId = rawId && /^[A-Za-z0-9_.:-]{1,128}$/.test(rawId) ? rawId : null;
    const status = response.status;
    if (status >= 300 && status < 400) {
        await response.body?.cancel();
        return unknown('redirected; not followed (the key is never sent on)', status, null, requestId);
    }
    const { json, code } = errorCode(await readCapped(response), spec.errorCode);
    if (status === 429 || status >= 500)
        return {
            retry: {
                status,
                code,
                requestId,
                retryAfter: retryAfterMs(response.headers.get('retry-after'), now()),
            },
        };
    if (spec.json && !json)
        return unknown(`answer was not JSON (HTTP ${status})`, status, null, requestId);
    if (spec.live.includes(status))
        return { verdict: verdictOf(now, 'live', status, code, requestId, null) };
    if (spec.inactive.includes(status))
        return { verdict: verdictOf(now, 'inactive', status, code, requestId, null) };
    return unknown(`unexpected answer HTTP ${status}`, status, code, requestId);
}
export async function probeKey(secret, spec, options) {
    const sleep = options.sleep ?? realSleep;
    const now = options.now ?? (() => new Date());
    const headers = Object.fromEntries(Object.entries(spec.headers).map(([k, v]) => [k, v.replaceAll('{{secret}}', secret)]));
    let wait = 0;
    for (let tries = 1;; tries++) {
        const outcome = await attempt(options.baseUrl + spec.path, spec, headers, options, now);
        if ('verdict' in outcome)
            return outcome.verdict;
        const { status, code, requestId, retryAfter } = outcome.retry;
        if (tries >= options.maxAttempts)
            return verdictOf(now, 'unknown', status, code, requestId, status === 429 ? `rate limited after ${tries} tries` : `server error after ${tries} tries`);
        const base = status === 429 ? (retryAfter ?? RATE_LIMIT_DEFAULT_WAIT_MS) : SERVER_ERROR_FIRST_WAIT_MS;
        // Exponential backoff, never shorter than the server asked (within reason), never longer than the cap.
        wait = Math.min(MAX_WAIT_MS, Math.max(MIN_WAIT_MS, base, wait * 2));
        await sleep(wait, options.signal);
    }
}
