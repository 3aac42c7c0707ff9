import { EVIDENCE_KINDS, EXPOSURE_ORDER, } from '../findings.js';
const URGENCY = { live: 0, unknown: 1, skipped: 2, inactive: 3 };
const SEVERITY = { critical: 0, high: 1, medium: 2, low: 3 };
/** One group per secret, most urgent first: verified live, then unknown, then inactive; then by severity. */
export function groupBySecret(findings) {
    const groups = new Map();
    for (const f of findings) {
        let g = groups.get(f.secretSha256);
        if (!g) {
            g = {
                secretSha256: f.secretSha256,
                redacted: f.redacted,
                ruleId: f.ruleId,
                provider: f.provider,
                environment: f.environment,
                verification: f.verification,
                exposure: f.exposure,
                providerEvidence: f.providerEvidence,
                ...(f.publicExample ? { publicExample: true } : {}),
                occurrences: [],
            };
            groups.set(f.secretSha256, g);
        }
        if (EXPOSURE_ORDER.indexOf(f.exposure) < EXPOSURE_ORDER.indexOf(g.exposure))
            g.exposure = f.exposure;
        // The occurrence with the strongest evidence speaks for the key: its provider, rule and why.
        const strength = (e) => EVIDENCE_KINDS.indexOf(e.kind);
        if (strength(f.providerEvidence) < strength(g.providerEvidence))
            Object.assign(g, {
                providerEvidence: f.providerEvidence,
                provider: f.provider,
                ruleId: f.ruleId,
                environment: f.environment,
                redacted: f.redacted,
            });
        g.occurrences.push(f);
    }
    const rank = (g) => URGENCY[g.verification?.status ?? 'unknown'] ?? 1;
    return [...groups.values()].sort((a, b) => rank(a) - rank(b) ||
        (SEVERITY[a.occurrences[0].severity] ?? 9) - (SEVERITY[b.occurrences[0].severity] ?? 9));
}
