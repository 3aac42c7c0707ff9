// One authenticated, read-only request that tells whether a key still works. What to send and which
// answers mean what are data in the rule (`verify`); this module only carries them out safely:
// the key goes only into a header, redirects are not followed, waits and retries are bounded.

import type { Verification } from '../findings.js';
import type { ProbeSpec } from '../rules/types.js';
import { UserError } from '../errors.js';

export interface ProbeOptions {
  /** Where this probe goes: the rule's base URL, or what the user or environment set instead. */
  baseUrl: string;
  timeoutMs: number;
  /** Tries for 429 and 5xx answers before giving up as unknown. */
  maxAttempts: number;
  signal?: AbortSignal;
  /** Waits between tries; tests pass a recorder instead of real time. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => Date;
}

const RATE_LIMIT_DEFAULT_WAIT_MS = 5_000;
const SERVER_ERROR_FIRST_WAIT_MS = 1_000;
const MAX_WAIT_MS = 30_000;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** The base URL to probe: https, or plain http only on loopback (a local test server). */
export function checkBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UserError(`API base URL is not a URL: ${raw}`);
  }
  const loopback = LOOPBACK.has(url.hostname) || /^127\.\d+\.\d+\.\d+$/.test(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new UserError(`refusing to send a key to ${url.origin}: the API base URL must use https (plain http only for localhost)`);
  }
  return url.href.replace(/\/+$/, '');
}

function realSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

function retryAfterMs(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

async function readErrorCode(response: Response): Promise<{ json: boolean; code: string | null }> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { error?: { code?: unknown } };
    return { json: true, code: typeof body?.error?.code === 'string' ? body.error.code : null };
  } catch {
    return { json: false, code: null };
  }
}

export async function probeKey(secret: string, spec: ProbeSpec, options: ProbeOptions): Promise<Verification> {
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? (() => new Date());
  const url = options.baseUrl + spec.path;
  const headers = Object.fromEntries(Object.entries(spec.headers).map(([k, v]) => [k, v.replaceAll('{{secret}}', secret)]));
  const verdict = (status: Verification['status'], httpStatus: number | null, code: string | null, requestId: string | null, reason: string | null): Verification => ({
    status,
    httpStatus,
    code,
    requestId,
    checkedAt: now().toISOString(),
    reason,
  });
  let wait = 0;
  for (let attempt = 1; ; attempt++) {
    if (options.signal?.aborted) return verdict('unknown', null, null, null, 'interrupted');
    let response: Response;
    try {
      const signals = [AbortSignal.timeout(options.timeoutMs), ...(options.signal ? [options.signal] : [])];
      // redirect: manual — a redirect would carry the Authorization header to wherever it points.
      response = await fetch(url, { method: spec.method, headers, redirect: 'manual', signal: AbortSignal.any(signals) });
    } catch (error) {
      const e = error as Error & { cause?: { code?: string } };
      if (options.signal?.aborted) return verdict('unknown', null, null, null, 'interrupted');
      const reason = e.name === 'TimeoutError' ? `no answer within ${options.timeoutMs} ms` : `network error: ${e.cause?.code ?? e.message}`;
      return verdict('unknown', null, null, null, reason);
    }
    const requestId = response.headers.get('request-id');
    const status = response.status;
    if (status >= 300 && status < 400) {
      await response.body?.cancel();
      return verdict('unknown', status, null, requestId, `redirected to ${response.headers.get('location') ?? '?'}; not followed`);
    }
    const { json, code } = await readErrorCode(response);
    const retryable = status === 429 || status >= 500;
    if (retryable) {
      if (attempt >= options.maxAttempts) {
        return verdict('unknown', status, code, requestId, status === 429 ? `rate limited after ${attempt} tries` : `server error after ${attempt} tries`);
      }
      const base = status === 429 ? (retryAfterMs(response.headers.get('retry-after')) ?? RATE_LIMIT_DEFAULT_WAIT_MS) : SERVER_ERROR_FIRST_WAIT_MS;
      // Exponential backoff, never shorter than the server asked, never longer than the cap.
      wait = Math.min(MAX_WAIT_MS, Math.max(base, wait * 2));
      await sleep(wait, options.signal);
      continue;
    }
    if (!json) return verdict('unknown', status, null, requestId, `answer was not JSON (HTTP ${status})`);
    if (spec.live.includes(status)) return verdict('live', status, code, requestId, null);
    if (spec.inactive.includes(status)) return verdict('inactive', status, code, requestId, null);
    return verdict('unknown', status, code, requestId, `unexpected answer HTTP ${status}`);
  }
}
