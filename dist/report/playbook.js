// The remediation playbook: what to do about each secret, tailored to what we know of it (live or
// not, only staged or already in history). Provider-specific steps (where to revoke, how to rotate)
// come from the provider's rule file; this module only chooses and orders them. Pure functions of a report.
import { commitOf, dateOf, pathOf } from '../findings.js';
import { groupBySecret } from './group.js';
const step = (id, title, detail) => ({ id, title, detail });
const PURGE = [
    step('purge', 'Purge it from history', 'Run flora-keyscan history --write-purge DIR (outside this repository), review DIR/purge.sh, and run it: it rewrites every branch and tag with git filter-repo, replacing the key in every form it was found in.'),
    step('force-push', 'Force-push every branch and tag', 'git push --force --all <remote> && git push --force --tags <remote>; then have every collaborator re-clone (an old clone, fork or pull-request ref still holds the key).'),
    step('compromised', 'Treat the key as compromised anyway', 'Purging does not un-leak: scanners, caches, forks and CI logs may already hold it. Revoke it even if the purge succeeds.'),
];
const EXPIRE = step('expire', 'Drop the unreachable objects', 'The key is only in objects no branch or tag reaches (amended or rebased commits, deleted branches, stashes). Here: git reflog expire --expire=now --all && git gc --prune=now. On a hosting service such objects, and pull-request refs, stay until the host removes them: ask its support.');
/** Prevention that is about the tool, not a provider. */
const HOOK_STEP = step('hook', 'Block the next one', 'Install the hook: npx flora-keyscan install (and --hook pre-push).');
function providerOf(report, id) {
    return report.providers.find((p) => p.id === id);
}
/** Where the key belongs instead of the code: the provider's variable, or any environment variable. */
export function keyHome(report, providerId) {
    const envVar = providerOf(report, providerId)?.envVar;
    return envVar ? `the ${envVar} environment variable` : 'an environment variable';
}
/** `{{redacted}}` and `{{requestIds}}` for one key (or KEY_PLACEHOLDER, when advice is shared). */
function fill(s, g, redacted = g.redacted) {
    const id = g.verification?.requestId;
    const requestIds = id
        ? `Quote the request-id of our probe, ${id}, and the time it was checked.`
        : 'Quote the request-ids from your own logs of calls made with this key.';
    return {
        id: s.id,
        title: s.title,
        detail: s.detail.replaceAll('{{redacted}}', redacted).replaceAll('{{requestIds}}', requestIds),
    };
}
/** Whether some rule of the provider can ask if a key is live: only then is its status known. */
function checkable(report, providerId) {
    return report.rules.some((r) => r.provider === providerId && r.verifiable);
}
/** The provider's own steps for a key that may work, for this key's environment (no audit of a sandbox key). */
function rotationSteps(report, g) {
    const provider = providerOf(report, g.provider);
    const steps = (provider?.rotation ?? []).filter((s) => !s.environments || (g.environment !== null && s.environments.includes(g.environment)));
    if (steps.length)
        return steps.map((s) => fill(s, g));
    const name = provider?.name ?? g.provider;
    const rule = report.rules.find((r) => r.id === g.ruleId);
    return [
        step('other-provider', `Rotate this ${name} key with ${name}`, rule?.remediation ?? `Rotate it with ${name}.`),
    ];
}
/** For a key that may have left the machine: revoke and rotate, or what its verdict says instead. */
function statusSteps(report, g, status) {
    const provider = providerOf(report, g.provider);
    const name = provider?.name ?? g.provider;
    const rotation = rotationSteps(report, g);
    const v = g.verification;
    if (status === 'other-provider' || status === 'live')
        return rotation;
    if (status === 'inactive')
        return [
            step('inactive', 'Already revoked or invalid', `${name} answered HTTP ${v?.httpStatus}${v?.code ? ` ${v.code}` : ''}: this key no longer works. Nothing to revoke; still remove it from files and history.`),
        ];
    if (g.providerEvidence.kind === 'none' && v?.status !== 'unknown')
        return [
            step('whose-key', 'Find out whose key it is, then treat it as live', `Nothing ties it to ${name}: other providers (Stripe, Clerk, …) issue keys with the same prefix. Find where it came from; if it is a ${name} key, act as if it works (--verify --verify-unattributed checks it).`),
            ...rotation,
        ];
    const treat = report.verified
        ? step('treat-as-live', 'Status unknown: treat it as live', `The probe could not tell (${v?.reason ?? 'no answer'}). Act as if the key works.`)
        : step('treat-as-live', 'Not verified: treat it as live', 'Run again with --verify to learn whether the key still works; until then act as if it does.');
    return [treat, ...rotation];
}
/** Files whose name says they hold settings, which belong in .gitignore rather than in git. */
const SETTINGS_FILE = /(^|\/)(\.env(\.(?!example|sample|template|dist)[^/]*)?|[^/]*\.env)$/;
/** The settings files (`.env`, `prod.env`) a key sits in. */
export function settingsFiles(g) {
    const paths = g.occurrences.map(pathOf);
    return [...new Set(paths.filter((p) => p !== null && SETTINGS_FILE.test(p)))];
}
export function gitignoreStep(paths) {
    return step('gitignore', 'Keep settings files out of git', `Add ${paths.join(', ')} to .gitignore (commit a template without values, such as .env.example, instead).`);
}
/** A key in the files only: nothing has left the machine through git. */
function workingCopySteps(report, g, live) {
    const home = keyHome(report, g.provider);
    const settings = settingsFiles(g);
    const steps = [
        step('remove', 'Remove it from the files', `Delete the key from the files listed and read it from ${home} at run time. It was never committed: nothing to revoke unless it was shared elsewhere (a chat, a ticket, another repository).`),
    ];
    if (settings.length)
        steps.push(gitignoreStep(settings));
    if (live)
        steps.push(step('live-note', 'It works', `The key is live: if it was shared anywhere, rotate it.`), ...rotationSteps(report, g));
    return steps;
}
/** A key in commits no remote has: rewrite them before anyone gets them. */
function committedSteps(report, g) {
    const first = g.occurrences.map(commitOf).find(Boolean) ?? g.occurrences[0]?.committedIn;
    const from = first
        ? `git rebase -i ${first.slice(0, 10)}^`
        : 'git rebase -i <first commit with it>^';
    return [
        step('rewrite', 'Remove it from the unpushed commits', `No remote-tracking ref has these commits yet. Remove the key (git commit --amend for the last commit, ${from} for earlier ones), read it from ${keyHome(report, g.provider)} at run time, then push. If the commits were shared another way (a bundle, a fork), treat the key as pushed.`),
    ];
}
function statusOf(report, g) {
    const v = g.verification?.status;
    if (!checkable(report, g.provider))
        return 'other-provider';
    return v === 'live' ? 'live' : v === 'inactive' ? 'inactive' : 'unknown';
}
/** A published example belongs to no account: nothing to revoke or purge, only code to fix. */
function publicExamplePlaybook(report, g) {
    const name = providerOf(report, g.provider)?.name ?? g.provider;
    return {
        secretSha256: g.secretSha256,
        redacted: g.redacted,
        provider: g.provider,
        status: 'public-example',
        exposure: g.exposure,
        steps: [
            step('public-example', `A published ${name} example key`, `${g.redacted} is published in ${g.providerEvidence.detail}: it belongs to no one's account, so there is nothing to revoke or purge, and it is never sent anywhere. If this code should run against a real account, read the key from ${keyHome(report, g.provider)} instead.`),
        ],
    };
}
/** What to do about one key: by how far it got (exposure), whether it works (verdict) and its environment. */
export function playbookFor(report, g) {
    if (g.publicExample)
        return publicExamplePlaybook(report, g);
    const status = statusOf(report, g);
    const steps = [];
    switch (g.exposure) {
        case 'working-copy':
            steps.push(...workingCopySteps(report, g, status === 'live'));
            break;
        case 'staged':
            steps.push(step('unstage', 'Nothing has leaked yet: remove it', `Remove the key from the staged file, read it at run time from ${keyHome(report, g.provider)}, and git add the file again. If the key was ever shared elsewhere (a chat, a ticket), rotate it anyway.`));
            break;
        case 'committed':
            steps.push(...committedSteps(report, g));
            if (status === 'live')
                steps.push(...rotationSteps(report, g));
            break;
        case 'unreachable':
            steps.push(...statusSteps(report, g, status), EXPIRE, PURGE[2]);
            break;
        default:
            steps.push(...statusSteps(report, g, status), ...PURGE);
    }
    return {
        secretSha256: g.secretSha256,
        redacted: g.redacted,
        provider: g.provider,
        status,
        exposure: g.exposure,
        steps,
    };
}
/** Steps about where a key is (purge, rewrite, remove), not about the key itself: said once for all keys they apply to. */
const PLACE_STEPS = new Set([
    'purge',
    'force-push',
    'compromised',
    'expire',
    'rewrite',
    'remove',
    'gitignore',
    'unstage',
]);
/** A key's playbook in two parts: its own steps (revoke, rotate…) and those about where it is. */
export function splitPlaybook(report, g) {
    const { steps } = playbookFor(report, g);
    return {
        own: steps.filter((s) => !PLACE_STEPS.has(s.id)),
        place: steps.filter((s) => PLACE_STEPS.has(s.id)),
    };
}
export function playbooks(report) {
    return groupBySecret(report.findings).map((g) => playbookFor(report, g));
}
/** How not to leak the next one: the prevention of every provider found (or of all, without findings), then the hook. */
export function prevention(report) {
    const found = new Set(report.findings.map((f) => f.provider));
    const providers = found.size ? report.providers.filter((p) => found.has(p.id)) : report.providers;
    const seen = new Set();
    const steps = providers
        .flatMap((p) => p.prevention)
        .filter((s) => !seen.has(s.id) && seen.add(s.id));
    return [...steps, HOOK_STEP];
}
/** The top of a history report: how bad is it? */
export function incidentSummary(findings, facts) {
    const dates = findings
        .map(dateOf)
        .filter((d) => d !== null)
        .sort((a, b) => Date.parse(a) - Date.parse(b));
    const live = new Set(findings.filter((f) => f.verification?.status === 'live').map((f) => f.secretSha256));
    return {
        uniqueKeys: new Set(findings.map((f) => f.secretSha256)).size,
        live: live.size,
        firstCommitDate: dates[0] ?? null,
        lastCommitDate: dates.at(-1) ?? null,
        refs: [...new Set(Object.values(facts.refsBySecret).flat())].sort(),
        hasRemote: facts.hasRemote,
    };
}
