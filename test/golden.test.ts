// Every reporter pinned by a golden file, all built from one fixed report: a change to any output is
// a reviewed diff of test/golden/. UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts rewrites them.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Finding, Verification } from '../src/findings.js';
import { FORMATS, FORMAT_NAMES } from '../src/report/formats.js';
import type { Report } from '../src/report/types.js';
import { loadRuleBook } from '../src/rules/load.js';

const sha = (c: string) => c.repeat(64);
const live: Verification = {
  status: 'live',
  httpStatus: 200,
  code: null,
  requestId: 'req_golden1',
  checkedAt: '2026-11-30T09:00:00Z',
  reason: null,
};
const inactive: Verification = {
  status: 'inactive',
  httpStatus: 401,
  code: 'invalid_api_key',
  requestId: 'req_golden2',
  checkedAt: '2026-11-30T09:00:01Z',
  reason: null,
};

function finding(over: Partial<Finding> & Pick<Finding, 'provenance'>): Finding {
  return {
    ruleId: 'flora-live-key',
    provider: 'flora',
    severity: 'critical',
    environment: 'live',
    secretSha256: sha('a'),
    redacted: 'sk_live_Ab…yZ',
    entropy: 4.75,
    line: 3,
    column: 15,
    providerEvidence: { kind: 'line', detail: "'FLORA' on the same line" },
    exposure: 'pushed',
    verification: live,
    ...over,
  };
}

/** One report that exercises every kind of provenance, verdict, encoding and list the reporters print. */
export function goldenReport(): Report {
  const book = loadRuleBook();
  return {
    mode: 'history',
    scope: 'history (every ref) of /repo',
    exposure: 'history',
    tool: { name: 'flora-keyscan', version: '0.0.0-golden' },
    rules: book.rules.map((r) => ({
      id: r.id,
      description: r.description,
      provider: r.provider,
      severity: r.severity,
      remediation: r.remediation,
      verifiable: r.verify !== undefined,
    })),
    providers: book.providers,
    root: '/repo',
    findings: [
      finding({
        provenance: {
          kind: 'commit',
          blob: 'b1'.repeat(20),
          path: 'config/prod.env',
          commit: 'c1'.repeat(20),
          author: 'Ada Lovelace',
          date: '2026-01-02T03:04:05Z',
        },
      }),
      finding({
        provenance: {
          kind: 'commit',
          blob: 'b2'.repeat(20),
          path: 'k8s/secret.yaml',
          commit: 'c2'.repeat(20),
          author: 'Ada Lovelace',
          date: '2026-02-03T04:05:06Z',
        },
        line: 4,
        column: 18,
        encoding: 'base64',
      }),
      finding({
        ruleId: 'flora-test-key',
        environment: 'test',
        secretSha256: sha('b'),
        redacted: 'sk_test_Qr…st',
        exposure: 'committed',
        providerEvidence: {
          kind: 'repository',
          detail: "package.json depends on '@flora-ai/flora'",
        },
        verification: inactive,
        provenance: {
          kind: 'message',
          commit: 'c3'.repeat(20),
          objectType: 'commit',
          author: 'Bob',
          date: '2026-03-04T05:06:07Z',
        },
        line: 3,
        column: 1,
      }),
      finding({
        ruleId: 'stripe-secret-key',
        provider: 'stripe',
        severity: 'high',
        secretSha256: sha('c'),
        redacted: 'sk_live_51…Zz',
        providerEvidence: { kind: 'shape', detail: 'a key shape only this provider issues' },
        verification: null,
        provenance: {
          kind: 'commit',
          blob: 'b4'.repeat(20),
          path: 'billing/stripe.ts',
          commit: 'c4'.repeat(20),
          author: 'Bob',
          date: '2026-04-05T06:07:08Z',
        },
        line: 12,
        column: 9,
      }),
      finding({
        ruleId: 'stripe-secret-key',
        provider: 'stripe',
        severity: 'low',
        secretSha256: sha('7'),
        exposure: 'unreachable',
        redacted: 'sk_test_4e…dc',
        environment: 'test',
        providerEvidence: {
          kind: 'publicExample',
          detail: "Stripe's API reference (bearer authentication example)",
        },
        publicExample: true,
        verification: null,
        provenance: {
          kind: 'commit',
          blob: 'b7'.repeat(20),
          path: 'docs/payments.md',
          commit: 'c4'.repeat(20),
          author: 'Bob',
          date: '2026-04-05T06:07:08Z',
        },
        line: 40,
        column: 3,
      }),
      finding({
        ruleId: 'flora-live-key',
        secretSha256: sha('8'),
        exposure: 'unreachable',
        redacted: 'sk_live_Ke…w2',
        providerEvidence: {
          kind: 'none',
          detail: 'nothing names a provider: not nearby, in its file, its path or the repository',
        },
        verification: {
          status: 'skipped',
          httpStatus: null,
          code: null,
          requestId: null,
          checkedAt: null,
          reason:
            'nothing ties it to this provider, and other providers issue keys with the same prefix: --verify-unattributed probes it anyway',
        },
        provenance: {
          kind: 'commit',
          blob: 'b8'.repeat(20),
          path: 'dist/release.zip',
          commit: 'c4'.repeat(20),
          author: 'Bob',
          date: '2026-04-05T06:07:08Z',
        },
        inArchive: ['app.zip', '.env'],
        line: 2,
        column: 1,
      }),
      finding({
        ruleId: 'flora-assigned-secret',
        severity: 'high',
        environment: null,
        secretSha256: sha('d'),
        exposure: 'unreachable',
        redacted: 'Zx…9q',
        verification: {
          status: 'skipped',
          httpStatus: null,
          code: null,
          requestId: null,
          checkedAt: null,
          reason: 'no live check for this rule (not shaped like a key the provider issues)',
        },
        provenance: { kind: 'blob', blob: 'b5'.repeat(20), path: null },
        line: 1,
        column: 15,
        byteOffset: 14,
      }),
    ],
    stats: {
      filesScanned: 1234,
      bytesScanned: 5_678_901,
      suppressed: 1,
      ignored: 1,
      suppressedBy: {
        'inline-allow': 1,
        'ignore-file': 1,
        allowlist: 0,
        'config-exclude': 3,
        'ignore-path': 0,
        'rule-override': 1,
      },
      skipped: [
        {
          path: 'vendor/big.bin',
          reason: 'larger than the size limit (300000000 > 200000000 bytes; --max-file-size)',
        },
        { path: 'dist/release.zip!keys/prod.env', reason: 'an encrypted zip entry: not read' },
      ],
      unreadable: [],
      missing: [{ path: 'f0'.repeat(20), reason: 'not in this repository' }],
      decoded: 3,
      streamed: 0,
      utf16: 1,
      utf32: 0,
      binary: 1,
      archives: 2,
      archiveEntries: 57,
      durationMs: 4321,
    },
    warnings: [
      '2 more findings are in objects no ref reaches (amended commits, deleted branches, dropped stashes): run with --all-objects to see them.',
    ],
    notices: [
      {
        kind: 'policy-change',
        file: 'flora-keyscan.config.json',
        message:
          "this range changes flora-keyscan.config.json; the scan ran under origin/main's version, not the changed one. Review the change: it can switch findings off.",
      },
    ],
    preExisting: [],
    suppressed: [
      finding({
        secretSha256: sha('e'),
        redacted: 'sk_live_Mn…op',
        verification: null,
        suppressedBy: 'inline-allow',
        provenance: {
          kind: 'commit',
          blob: 'b6'.repeat(20),
          path: 'docs/example.md',
          commit: 'c6'.repeat(20),
          author: 'Ada Lovelace',
          date: '2026-05-06T07:08:09Z',
        },
      }),
      finding({
        secretSha256: sha('f'),
        redacted: 'sk_live_Gh…ij',
        verification: null,
        suppressedBy: 'ignore-file',
        provenance: {
          kind: 'commit',
          blob: 'b7'.repeat(20),
          path: 'test/fixture.env',
          commit: 'c7'.repeat(20),
          author: 'Bob',
          date: '2026-06-07T08:09:10Z',
        },
      }),
      finding({
        secretSha256: sha('1'),
        redacted: 'sk_test_Kl…mn',
        environment: 'test',
        ruleId: 'flora-test-key',
        verification: null,
        suppressedBy: 'rule-override',
        provenance: { kind: 'path', path: 'keys/sk_test_Kl…mn.txt' },
        line: 1,
        column: 6,
      }),
    ],
    verified: true,
    history: {
      refsBySecret: {
        [sha('a')]: ['refs/heads/main', 'refs/remotes/origin/main', 'refs/tags/v1.0'],
        [sha('b')]: ['refs/heads/main'],
        [sha('c')]: ['refs/remotes/origin/billing'],
        [sha('d')]: [],
      },
      atHeadBySecret: { [sha('a')]: true, [sha('b')]: false, [sha('c')]: false, [sha('d')]: false },
      hasRemote: true,
      shallow: false,
    },
  };
}

const EXTENSION = { text: 'txt', json: 'json', sarif: 'sarif', github: 'github.txt' } as const;

/** A report of the kind a hook or a first scan prints: no history facts, a few stats. */
function smallReport(over: Partial<Report>): Report {
  const base = goldenReport();
  return {
    ...base,
    history: undefined,
    notices: [],
    warnings: [],
    suppressed: [],
    preExisting: [],
    verified: false,
    stats: {
      ...base.stats,
      skipped: [],
      missing: [],
      suppressedBy: {
        ...base.stats.suppressedBy,
        'inline-allow': 0,
        'ignore-file': 0,
        'config-exclude': 0,
        'rule-override': 0,
      },
      decoded: 0,
      utf16: 0,
      binary: 0,
      durationMs: 42,
      filesScanned: 3,
      bytesScanned: 2048,
    },
    ...over,
  };
}

const unverified = { verification: null } as const;

/** A blocked commit: one key the commit adds, one the file already had. */
function blockedCommit(): Report {
  return smallReport({
    mode: 'staged',
    scope: 'staged changes of /repo',
    exposure: 'staged',
    blocking: 'commit',
    findings: [
      finding({
        ...unverified,
        exposure: 'staged',
        line: 7,
        column: 10,
        provenance: { kind: 'blob', blob: 'b1'.repeat(20), path: '.env' },
      }),
    ],
    preExisting: [
      finding({
        ...unverified,
        secretSha256: sha('9'),
        redacted: 'sk_live_Pq…rs',
        exposure: 'pushed',
        committedIn: '05c61d0'.padEnd(40, '0'),
        line: 1,
        column: 15,
        provenance: { kind: 'blob', blob: 'b2'.repeat(20), path: '.env' },
      }),
    ],
  });
}

/** A blocked push: a key in a commit no remote has yet. */
function blockedPush(): Report {
  return smallReport({
    mode: 'history',
    scope: 'commits being pushed in /repo',
    exposure: 'history',
    blocking: 'push',
    findings: [
      finding({
        ...unverified,
        exposure: 'committed',
        provenance: {
          kind: 'commit',
          blob: 'b1'.repeat(20),
          path: 'src/client.ts',
          commit: 'c9'.repeat(20),
          author: 'Ada Lovelace',
          date: '2026-11-30T10:00:00Z',
        },
      }),
    ],
  });
}

/** A first scan of a working tree: five keys in five files, one committed and pushed already. */
function fiveKeys(): Report {
  const file = (path: string) => ({ kind: 'file' as const, path });
  const key = (n: string, path: string, over: Partial<Finding> = {}) =>
    finding({
      ...unverified,
      secretSha256: sha(n),
      redacted: `sk_live_${n}${n}…${n}${n}`,
      exposure: 'working-copy',
      provenance: file(path),
      ...over,
    });
  return smallReport({
    mode: 'worktree',
    scope: 'working tree of /repo',
    exposure: 'working-tree',
    findings: [
      key('1', '.env'),
      key('2', 'config/dev.env'),
      key('3', 'scripts/seed.ts'),
      key('4', 'README.md', {
        ruleId: 'flora-test-key',
        environment: 'test',
        redacted: 'sk_test_44…44',
      }),
      key('5', 'src/client.ts', { exposure: 'pushed', committedIn: 'c5'.repeat(20) }),
    ],
  });
}

const TEXT_GOLDENS: [string, () => Report][] = [
  ['blocked-commit', blockedCommit],
  ['blocked-push', blockedPush],
  ['worktree-five-keys', fiveKeys],
];

describe('golden reports', () => {
  it.each(FORMAT_NAMES)('%s matches test/golden/report.*', async (name) => {
    const file = new URL(`./golden/report.${EXTENSION[name]}`, import.meta.url);
    const output = (await FORMATS[name].report())(goldenReport(), { color: false });
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, output);
    expect(output).toBe(readFileSync(file, 'utf8'));
  });

  it.each(TEXT_GOLDENS)('text of a %s matches test/golden/*.txt', async (name, build) => {
    const file = new URL(`./golden/${name}.txt`, import.meta.url);
    const output = (await FORMATS.text.report())(build(), { color: false });
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, output);
    expect(output).toBe(readFileSync(file, 'utf8'));
  });
});
