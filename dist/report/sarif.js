// SARIF 2.1.0 as GitHub code scanning reads it. Fingerprints come from secretSha256; no secret text.
import { commitOf, pathOf } from '../findings.js';
import { PROJECT_URL } from '../messages.js';
import { evidencePhrase } from './evidence.js';
import { archiveLocation, describeLocation } from './location.js';
import { playbookFor, prevention } from './playbook.js';
const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
};
/** GitHub maps this to Critical/High/Medium/Low in its security view. */
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.0',
    low: '2.0',
};
/**
 * A rule's help: its own next step, then the playbook for an unverified, pushed key (rule help cannot
 * know a key's status or where it is; each result's message says), then how to prevent the next one.
 */
function ruleHelp(report, rule) {
    const context = { rules: report.rules, providers: report.providers, verified: false };
    const group = {
        secretSha256: '',
        redacted: 'the key',
        ruleId: rule.id,
        provider: rule.provider,
        environment: 'live',
        verification: null,
        exposure: 'pushed',
        providerEvidence: { kind: 'line', detail: '' },
        occurrences: [],
    };
    const all = [
        ...playbookFor(context, group).steps,
        ...prevention({
            providers: report.providers.filter((p) => p.id === rule.provider),
            findings: [],
        }),
    ];
    const head = rule.remediation ?? rule.description;
    return {
        text: [head, ...all.map((s, i) => `${i + 1}. ${s.title}: ${s.detail}`)].join('\n'),
        markdown: [head, '', ...all.map((s, i) => `${i + 1}. **${s.title}**: ${s.detail}`)].join('\n'),
    };
}
function ruleJson(report, rule) {
    return {
        id: rule.id,
        name: rule.id.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase()),
        shortDescription: { text: rule.description },
        fullDescription: { text: rule.description },
        help: ruleHelp(report, rule),
        defaultConfiguration: { level: LEVEL[rule.severity] ?? 'error' },
        properties: {
            tags: ['security', 'secret', rule.provider],
            'security-severity': SECURITY_SEVERITY[rule.severity] ?? '8.0',
            precision: 'high',
        },
    };
}
function locationJson(f) {
    const path = pathOf(f);
    const p = f.provenance;
    if (p.kind === 'path')
        return { logicalLocations: [{ name: p.path, kind: 'resource', fullyQualifiedName: p.path }] };
    if (path === null) {
        const kind = p.kind === 'message' ? 'commitMessage' : 'blob';
        const name = p.kind === 'message' ? p.commit : p.kind === 'blob' || p.kind === 'note' ? p.blob : undefined;
        return { logicalLocations: [{ name: describeLocation(f), kind, fullyQualifiedName: name }] };
    }
    // Lines and columns inside an archive are in its entry, not in the file: the entry is named instead.
    if (f.inArchive)
        return {
            physicalLocation: { artifactLocation: { uri: encodeURI(path), uriBaseId: '%SRCROOT%' } },
            logicalLocations: [
                {
                    name: describeLocation(f),
                    kind: 'member',
                    fullyQualifiedName: archiveLocation(path, f.inArchive),
                },
            ],
        };
    return {
        physicalLocation: {
            artifactLocation: { uri: encodeURI(path), uriBaseId: '%SRCROOT%' },
            region: {
                startLine: f.line,
                startColumn: f.column,
                ...(f.byteOffset !== undefined ? { byteOffset: f.byteOffset } : {}),
            },
        },
    };
}
const SUPPRESSION_JUSTIFICATION = {
    'inline-allow': 'a flora-keyscan:allow comment on the line',
    'ignore-file': 'an entry of .flora-keyscan-ignore',
    allowlist: "the config's allowlist",
    'config-exclude': "a path the config's exclude leaves out",
    'ignore-path': 'a path .flora-keyscan-ignore leaves out',
    'rule-override': 'a config rule that replaces or weakens the shipped one',
};
function resultJson(report, ruleIndex, f) {
    const commit = commitOf(f);
    const description = report.rules[ruleIndex.get(f.ruleId) ?? -1]?.description ?? f.ruleId;
    return {
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
        level: LEVEL[f.severity] ?? 'error',
        message: {
            text: `${description}: ${f.redacted}${f.verification ? ` (${f.verification.status})` : ''}. Provider: ${evidencePhrase(report, f)}.`,
        },
        locations: [locationJson(f)],
        partialFingerprints: { 'secretSha256/v1': f.secretSha256 },
        ...(f.suppressedBy
            ? {
                suppressions: [
                    {
                        kind: f.suppressedBy === 'inline-allow' ? 'inSource' : 'external',
                        justification: `suppressed by ${SUPPRESSION_JUSTIFICATION[f.suppressedBy]}`,
                    },
                ],
            }
            : {}),
        properties: {
            redacted: f.redacted,
            environment: f.environment,
            providerEvidence: f.providerEvidence,
            ...(f.publicExample ? { publicExample: true } : {}),
            ...(commit ? { commit } : {}),
            ...(f.encoding ? { encoding: f.encoding } : {}),
            ...(f.verification
                ? { verification: f.verification.status, requestId: f.verification.requestId }
                : {}),
        },
    };
}
/** A notice is a result of its own rule, at the file it is about, so code scanning shows it with the findings. */
const NOTICE_RULE = {
    id: 'policy-change',
    name: 'PolicyChange',
    shortDescription: {
        text: "The change edits flora-keyscan's own policy (config, package.json key, ignore file)",
    },
    fullDescription: {
        text: "A pull request that changes the policy its own scan runs under can switch findings off. The scan used the base revision's policy; review the change.",
    },
    defaultConfiguration: { level: 'warning' },
    properties: { tags: ['security', 'policy'] },
};
export function formatSarif(report) {
    const ruleIndex = new Map(report.rules.map((r, i) => [r.id, i]));
    const results = [...report.findings, ...report.suppressed].map((f) => resultJson(report, ruleIndex, f));
    const noticeIndex = report.rules.length;
    for (const n of report.notices) {
        const file = n.file.replace(/ ".*"$/, '');
        results.push({
            ruleId: NOTICE_RULE.id,
            ruleIndex: noticeIndex,
            level: 'warning',
            message: { text: n.message },
            locations: [
                {
                    physicalLocation: { artifactLocation: { uri: encodeURI(file), uriBaseId: '%SRCROOT%' } },
                },
            ],
        });
    }
    const driver = {
        name: report.tool.name,
        version: report.tool.version,
        semanticVersion: report.tool.version,
        informationUri: PROJECT_URL,
        rules: [
            ...report.rules.map((r) => ruleJson(report, r)),
            ...(report.notices.length ? [NOTICE_RULE] : []),
        ],
    };
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: { driver },
                columnKind: 'unicodeCodePoints',
                automationDetails: { id: `flora-keyscan/${report.mode}/` },
                results,
            },
        ],
    };
    return JSON.stringify(sarif, null, 2) + '\n';
}
