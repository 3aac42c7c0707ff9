// The repositories of a GitHub organisation or user, through the REST API: every page (followed by
// its `Link` header), forks and archived repositories only when asked, GITHUB_TOKEN from the
// environment only. Rate limits (403 or 429 with x-ratelimit-reset or retry-after) are waited out,
// up to a cap; a longer wait is an error that says until when.
import { UserError } from '../errors.js';
const MAX_PAGES = 1000;
const MAX_TRIES = 4;
const DEFAULT_MAX_WAIT_MS = 60_000;
/** The `rel="next"` URL of a Link header, if any. */
export function nextLink(link) {
    for (const part of (link ?? '').split(',')) {
        const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
        if (match)
            return match[1];
    }
    return null;
}
/** How long a rate-limited answer asks us to wait, or null when it is not a rate limit. */
function rateLimitWait(response) {
    if (response.status !== 429 && response.status !== 403)
        return null;
    const retryAfter = response.headers.get('retry-after');
    if (retryAfter && /^\d+$/.test(retryAfter))
        return Number(retryAfter) * 1000;
    const reset = response.headers.get('x-ratelimit-reset');
    if (response.headers.get('x-ratelimit-remaining') === '0' && reset && /^\d+$/.test(reset))
        return Math.max(0, Number(reset) * 1000 - Date.now()) + 1000;
    return response.status === 429 ? 60_000 : null;
}
function sleep(ms, signal) {
    return new Promise((resolve) => {
        const timer = setTimeout(resolve, ms);
        signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
    });
}
async function getPage(url, options) {
    const token = options.env.GITHUB_TOKEN;
    const headers = {
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'user-agent': 'flora-keyscan',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
    };
    for (let attempt = 1;; attempt++) {
        const response = await fetch(url, { headers, redirect: 'follow', signal: options.signal });
        const wait = rateLimitWait(response);
        if (wait === null || attempt >= MAX_TRIES)
            return response;
        await response.body?.cancel();
        if (wait > (options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS))
            throw new UserError(`GitHub's rate limit holds for ${Math.ceil(wait / 1000)} s more; run again later${token ? '' : ' or set GITHUB_TOKEN'}`);
        await sleep(wait, options.signal);
    }
}
function listUrl(options) {
    const base = options.apiUrl.replace(/\/+$/, '');
    const name = encodeURIComponent(options.name);
    return options.kind === 'org'
        ? `${base}/orgs/${name}/repos?per_page=100&type=all`
        : `${base}/users/${name}/repos?per_page=100&type=owner`;
}
/**
 * The token goes with a clone only to the host the API is for (github.com for api.github.com, the
 * same host for GitHub Enterprise): a listed URL elsewhere gets no credential.
 */
function tokenFor(cloneUrl, options) {
    const token = options.env.GITHUB_TOKEN;
    if (!token)
        return undefined;
    const api = new URL(options.apiUrl).hostname;
    const host = URL.canParse(cloneUrl) ? new URL(cloneUrl).hostname : null;
    return host === api || `api.${host}` === api ? `x-access-token:${token}` : undefined;
}
/** Every repository listed, as audit targets. */
export async function listGithub(options) {
    const targets = [];
    let url = listUrl(options);
    for (let page = 0; url && page < MAX_PAGES; page++) {
        const response = await getPage(url, options);
        if (!response.ok) {
            await response.body?.cancel();
            const what = `${options.kind === 'org' ? 'organisation' : 'user'} ${options.name}`;
            throw new UserError(response.status === 404
                ? `GitHub has no ${what} (or GITHUB_TOKEN cannot see it)`
                : `GitHub answered ${response.status} listing the repositories of ${what}`);
        }
        const repos = (await response.json());
        if (!Array.isArray(repos))
            throw new UserError('GitHub answered with something not a list');
        for (const repo of repos) {
            // What GitHub lists is data: only an http(s) clone URL is taken, and never with credentials.
            if (typeof repo?.clone_url !== 'string' || !/^https?:\/\/[^@/]+\//.test(repo.clone_url))
                throw new UserError(`GitHub listed a repository without an http(s) clone URL (${String(repo?.full_name)})`);
            if ((repo.fork && !options.includeForks) || (repo.archived && !options.includeArchived))
                continue;
            const credentials = tokenFor(repo.clone_url, options);
            targets.push({
                repository: repo.clone_url,
                url: repo.clone_url,
                ...(credentials ? { credentials } : {}),
            });
        }
        url = nextLink(response.headers.get('link'));
    }
    return targets;
}
