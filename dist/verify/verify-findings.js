// --verify: each unique key found by a rule with a live check is probed once per run, at most
// `concurrency` at a time, and its verdict is attached to every finding of that key. A key that
// another rule (another provider) also claims is never sent.
import { probeKey } from './probe.js';
function skipped(reason) {
    return {
        status: 'skipped',
        httpStatus: null,
        code: null,
        requestId: null,
        checkedAt: null,
        reason,
    };
}
/** Runs `tasks` with at most `width` in flight. */
async function limited(tasks, width) {
    const results = new Array(tasks.length);
    let next = 0;
    const worker = async () => {
        while (next < tasks.length) {
            const i = next++;
            results[i] = await tasks[i]();
        }
    };
    await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, worker));
    return results;
}
/**
 * Why a key with no evidence of its own provider is not probed, or null when it may be: a published
 * example is public; a key nothing ties to the provider (evidence `none`) may be another provider's
 * that shares the prefix, and goes out only with --verify-unattributed.
 */
function evidenceGate(group, probing, unattributed) {
    if (group.some((f) => f.publicExample))
        return skipped('a published example key (public, not anyone’s leak): never sent');
    if (unattributed || probing.some((f) => f.providerEvidence.kind !== 'none'))
        return null;
    return skipped('nothing ties it to this provider, and other providers issue keys with the same prefix: --verify-unattributed probes it anyway');
}
/** Why a key is not probed, or null when it is. Keys of providers without a live check get no verdict at all. */
function decide(group, ruleById, checkedProviders, unattributed) {
    const checked = group.filter((f) => checkedProviders.has(f.provider));
    const probe = checked.map((f) => ruleById.get(f.ruleId)?.verify).find(Boolean);
    const other = group.find((f) => !checkedProviders.has(f.provider) || (probe && f.provider !== checked[0].provider));
    if (checked.length === 0)
        return { probe: undefined, skip: null, checked };
    if (other)
        return {
            probe,
            skip: skipped(`the same key is also found as a ${other.provider} key, so it is sent to no provider`),
            checked,
        };
    if (!probe)
        return {
            probe,
            skip: skipped('this rule has no live check (it finds values that may not be keys the provider issues)'),
            checked,
        };
    // Evidence counts only from findings of the rule that probes (a shipped rule): a config rule of the
    // same provider, written by the scanned repository, cannot vouch for a key.
    const probing = checked.filter((f) => ruleById.get(f.ruleId)?.verify === probe);
    return { probe, skip: evidenceGate(group, probing, unattributed), checked };
}
export async function verifyFindings(findings, rules, options) {
    const ruleById = new Map(rules.map((r) => [r.id, r]));
    // Providers some rule can ask about a key: only their keys are ever probed.
    const checkedProviders = new Set(rules.filter((r) => r.verify).map((r) => r.provider));
    const bySecret = new Map();
    for (const f of findings)
        bySecret.set(f.secretSha256, [...(bySecret.get(f.secretSha256) ?? []), f]);
    const tasks = [];
    for (const group of bySecret.values()) {
        const { probe, skip, checked } = decide(group, ruleById, checkedProviders, options.unattributed);
        if (checked.length === 0)
            continue; // other providers' findings keep verification: null
        if (skip) {
            for (const f of checked)
                f.verification = skip;
            continue;
        }
        const secret = checked[0].secret;
        tasks.push(async () => {
            const verdict = await probeKey(secret, probe, {
                ...options,
                baseUrl: options.baseUrlOf(probe),
            });
            for (const f of checked)
                f.verification = verdict;
        });
    }
    await limited(tasks, options.concurrency);
    return { probes: tasks.length };
}
