// Telling providers apart (issue: a FLORA finding must be a FLORA key). One repository holds a case
// per provider and rung of the evidence ladder, each in a folder of its own (folders named by number,
// so no folder names a provider); it is scanned staged, as a working tree and as history, with a real
// HTTP server playing FLORA's API that counts which keys were sent.

import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRules } from '../src/rules/load.js';
import { Engine } from '../src/scan/engine.js';
import { sha256Hex } from '../src/scan/secret.js';
import { runCli, runJson } from './helpers/cli.js';
import { startFloraServer, type FloraServer } from './helpers/flora-server.js';
import { floraKey, randomBase62 } from './helpers/keys.js';
import { tempDir, tempRepo, type TempRepo } from './helpers/repo.js';

type Rung = 'shape' | 'publicExample' | 'line' | 'import' | 'heading' | 'path' | 'manifest';

const KIND: Record<Rung, string> = {
  shape: 'shape',
  publicExample: 'publicExample',
  line: 'line',
  import: 'file',
  heading: 'file',
  path: 'file',
  manifest: 'repository',
};

const hex = (n: number) =>
  Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(Math.random() * 16)]).join('');

interface ProviderCase {
  id: string;
  ruleId: string;
  word: string;
  manifest: [string, string];
  importLine: string;
  /** A key of the shape every provider shares (only evidence tells whose it is). */
  key: () => string;
  shape?: () => string;
  /** Published keys, assembled at run time (never a key-shaped literal in our repository). */
  publicExample?: () => string;
}

const PROVIDERS: ProviderCase[] = [
  {
    id: 'flora',
    ruleId: 'flora-live-key',
    word: 'flora',
    manifest: ['.env.example', 'FLORA_API_KEY=\n'],
    importLine: "import FLORA from '@flora-ai/flora';",
    key: () => floraKey('live', 40),
  },
  {
    id: 'stripe',
    ruleId: 'stripe-secret-key',
    word: 'stripe',
    manifest: ['requirements.txt', 'requests==2.31.0\nstripe==7.0.0\n'],
    importLine: "import Stripe from 'stripe';",
    key: () => floraKey('test', 40),
    shape: () => 'sk_' + 'live_51' + randomBase62(97),
    // Stripe's API reference example key.
    publicExample: () => 'sk_' + 'test_' + '4eC39HqLyjWDarjtT1zdp7dc',
  },
  {
    id: 'clerk',
    ruleId: 'clerk-secret-key',
    word: 'clerk',
    manifest: ['package.json', '{"dependencies":{"@clerk/backend":"^1.0.0"}}'],
    importLine: "import { createClerkClient } from '@clerk/backend';",
    key: () => floraKey('test', 40),
    // Clerk's SDK tests use the base64 of a frontend host as a key body.
    publicExample: () =>
      'sk_' + 'test_' + Buffer.from('clerk.clerk.dev$').toString('base64').replace(/=+$/, ''),
  },
  {
    id: 'paystack',
    ruleId: 'paystack-secret-key',
    word: 'paystack',
    manifest: ['composer.json', '{"require":{"yabacon/paystack-php":"^2.1"}}'],
    importLine: "const Paystack = require('paystack-api');",
    key: () => floraKey('live', 40),
    shape: () => 'sk_' + 'live_' + hex(40),
  },
  {
    id: 'apideck',
    ruleId: 'apideck-api-key',
    word: 'apideck',
    manifest: ['package.json', '{"dependencies":{"@apideck/unify":"^0.1.0"}}'],
    importLine: "import { Apideck } from '@apideck/unify';",
    key: () => floraKey('live', 40),
    shape: () => 'sk_' + 'live_' + randomBase62(40) + '-' + randomBase62(52),
  },
];

interface Case {
  provider: ProviderCase;
  rung: Rung | 'none';
  key: string;
  ruleId: string;
  kind: string;
}

/** The files of one case, in its own folder. */
function caseFiles(c: Case): Record<string, string> {
  const { word, importLine, manifest } = c.provider;
  switch (c.rung) {
    case 'shape':
    case 'publicExample':
    case 'none':
      return { 'keys.txt': `value: ${c.key}\n` };
    case 'line':
      return { 'app.cfg': `# ${word} settings\nvalue = "${c.key}"\n` };
    case 'import': {
      const filler = Array.from({ length: 9 }, (_, i) => `const a${i} = ${i};`);
      return { 'app.ts': [importLine, ...filler, `const key = "${c.key}";`, ''].join('\n') };
    }
    case 'heading': {
      const filler = Array.from({ length: 10 }, (_, i) => `    option${i}: ${i}`);
      return {
        'config.yml': [`${word}:`, '  settings:', ...filler, `    secret: ${c.key}`, ''].join('\n'),
      };
    }
    case 'path':
      return { [`${word}_key_test.py`]: `KEY = "${c.key}"\n` };
    case 'manifest':
      return { [manifest[0]]: manifest[1], 'src/main.txt': `value: ${c.key}\n` };
  }
}

function allCases(): Case[] {
  const cases: Case[] = [];
  for (const provider of PROVIDERS) {
    for (const rung of Object.keys(KIND) as Rung[]) {
      const make =
        rung === 'shape'
          ? provider.shape
          : rung === 'publicExample'
            ? provider.publicExample
            : provider.key;
      if (!make) continue;
      cases.push({ provider, rung, key: make(), ruleId: provider.ruleId, kind: KIND[rung] });
    }
  }
  // A key nothing names: reported under FLORA's rule, with no evidence.
  const flora = PROVIDERS[0]!;
  cases.push({
    provider: flora,
    rung: 'none',
    key: floraKey('live', 40),
    ruleId: 'flora-live-key',
    kind: 'none',
  });
  return cases;
}

function writeCases(repo: TempRepo, cases: Case[]): void {
  cases.forEach((c, i) => {
    for (const [path, text] of Object.entries(caseFiles(c)))
      repo.write(`cases/${String(i).padStart(2, '0')}/${path}`, text);
  });
}

type JsonFinding = {
  ruleId: string;
  secretSha256: string;
  providerEvidence: { kind: string; detail: string };
  publicExample?: boolean;
  severity: string;
  verification: { status: string; reason: string | null } | null;
};

const probedFloraRungs = new Set(['line', 'import', 'heading', 'path', 'manifest']);

describe('the evidence ladder, for every provider, in every source', () => {
  let server: FloraServer;
  let repo: TempRepo;
  const cases = allCases();
  beforeAll(async () => {
    server = await startFloraServer();
    for (const c of cases) if (c.provider.id === 'flora') server.set(c.key, 'live');
    repo = tempRepo();
    writeCases(repo, cases);
    repo.git('add', '-A');
  });
  afterAll(async () => {
    await server.close();
    repo.cleanup();
  });

  const check = (findings: JsonFinding[], unattributed: boolean) => {
    for (const c of cases) {
      const label = `${c.provider.id} at ${c.rung}`;
      const found = findings.filter((f) => f.secretSha256 === sha256Hex(c.key));
      expect(found.length, label).toBeGreaterThan(0);
      for (const f of found) {
        expect({ label, ruleId: f.ruleId, kind: f.providerEvidence.kind }).toEqual({
          label,
          ruleId: c.ruleId,
          kind: c.kind,
        });
        if (c.rung === 'publicExample')
          expect(f).toMatchObject({ publicExample: true, severity: 'low' });
        if (c.provider.id !== 'flora') expect(f.verification, label).toBeNull();
      }
    }
    const sent = new Set(server.requests.map((r) => r.authorization?.replace(/^Bearer /, '')));
    const expected = cases
      .filter(
        (c) =>
          c.provider.id === 'flora' &&
          (probedFloraRungs.has(c.rung) || (unattributed && c.rung === 'none')),
      )
      .map((c) => c.key);
    expect([...sent].sort()).toEqual(expected.sort());
    expect(server.requests).toHaveLength(expected.length);
  };

  const scan = async (args: string[], unattributed: boolean) => {
    server.requests.length = 0;
    const { code, report } = await runJson(
      [...args, '--verify', ...(unattributed ? ['--verify-unattributed'] : [])],
      { cwd: repo.dir, env: { FLORA_BASE_URL: server.url } },
    );
    expect(code).toBe(1);
    check(report.findings, unattributed);
    return report.findings as JsonFinding[];
  };

  it('staged: each key gets its provider and evidence; only FLORA keys with evidence are probed', async () => {
    const findings = await scan(['staged'], false);
    const none = findings.find((f) => f.providerEvidence.kind === 'none')!;
    expect(none.verification).toMatchObject({
      status: 'skipped',
      reason: expect.stringContaining('--verify-unattributed'),
    });
    await scan(['staged'], true);
  });

  it('working tree: the same, from the files', async () => {
    await scan(['scan'], false);
    await scan(['scan'], true);
  });

  it('history: the same, from the commit (its manifests as committed)', async () => {
    repo.git('commit', '-q', '-m', 'cases');
    await scan(['history'], false);
    await scan(['history'], true);
  });

  it('the text report says why each key got its provider', async () => {
    const { stdout } = await runCli(['scan', '--no-color'], { cwd: repo.dir });
    expect(stdout).toContain("Stripe, named in its file (import naming 'Stripe', 10 lines above)");
    expect(stdout).toContain(
      "Clerk, named in its file (enclosing block naming 'clerk', 12 lines above)",
    );
    expect(stdout).toContain("Paystack, named in its file (file name naming 'paystack')");
    expect(stdout).toContain('Apideck, named in the repository (cases/');
    expect(stdout).toContain('Stripe, a published example key');
    expect(stdout).toContain('FLORA? nothing ties it to a provider');
  });
});

describe('repository evidence', () => {
  let repo: TempRepo;
  afterAll(() => repo?.cleanup());

  it('the nearest folder with a manifest decides; one naming two providers decides nothing', async () => {
    repo = tempRepo();
    const pay = floraKey('live', 40);
    const web = floraKey('live', 40);
    const both = floraKey('live', 40);
    repo.commit({
      'package.json': '{"dependencies":{"@flora-ai/flora":"^1.0.0"}}',
      'packages/pay/package.json': '{"dependencies":{"stripe":"^14.0.0"}}',
      'packages/pay/src/config.txt': `value: ${pay}\n`,
      'apps/web/config.txt': `value: ${web}\n`,
      'apps/mixed/package.json': '{"dependencies":{"@flora-ai/flora":"1","stripe":"14"}}',
      'apps/mixed/config.txt': `value: ${both}\n`,
    });
    for (const args of [['scan'], ['history']]) {
      const { report } = await runJson(args, { cwd: repo.dir });
      const of = (key: string) =>
        report.findings.find((f: JsonFinding) => f.secretSha256 === sha256Hex(key)) as JsonFinding;
      expect(of(pay)).toMatchObject({
        ruleId: 'stripe-secret-key',
        providerEvidence: {
          kind: 'repository',
          detail: "packages/pay/package.json depends on 'stripe'",
        },
      });
      expect(of(web)).toMatchObject({
        ruleId: 'flora-live-key',
        providerEvidence: {
          kind: 'repository',
          detail: "package.json depends on '@flora-ai/flora'",
        },
      });
      expect(of(both)).toMatchObject({
        ruleId: 'flora-live-key',
        providerEvidence: {
          kind: 'none',
          detail: expect.stringContaining('the repository uses FLORA and Stripe'),
        },
      });
    }
  });

  it('a hostile manifest (a FIFO, a link out of the repository, an oversized file) is as good as absent, and nothing hangs', async () => {
    repo = tempRepo();
    const outside = tempDir();
    writeFileSync(join(outside, 'package.json'), '{"dependencies":{"@flora-ai/flora":"1"}}');
    const keys = [floraKey('live', 40), floraKey('live', 40), floraKey('live', 40)];
    repo.write('fifo/config.txt', `value: ${keys[0]}\n`);
    execFileSync('mkfifo', [join(repo.dir, 'fifo/package.json')]);
    repo.write('linked/config.txt', `value: ${keys[1]}\n`);
    symlinkSync(join(outside, 'package.json'), join(repo.dir, 'linked/package.json'));
    repo.write('big/config.txt', `value: ${keys[2]}\n`);
    repo.write(
      'big/package.json',
      `{"dependencies":{"@flora-ai/flora":"1"},"pad":"${'x'.repeat(2 * 1024 * 1024)}"}`,
    );
    const { report } = await runJson(['scan'], { cwd: repo.dir });
    for (const key of keys)
      expect(
        report.findings.find((f: JsonFinding) => f.secretSha256 === sha256Hex(key)).providerEvidence
          .kind,
      ).toBe('none');
    // Committed, the oversized manifest is still left unread.
    repo.git('add', 'big');
    repo.git('commit', '-q', '-m', 'big');
    const history = await runJson(['history'], { cwd: repo.dir });
    expect(
      history.report.findings.find((f: JsonFinding) => f.secretSha256 === sha256Hex(keys[2]!))
        .providerEvidence.kind,
    ).toBe('none');
  });
});

describe('file evidence and rivals, in the engine', () => {
  const engine = new Engine(loadRules());
  const scan = (text: string, path = 'notes.txt') =>
    engine.scan(Buffer.from(text), { kind: 'file', path }).findings;

  it('reads JSON key paths, markdown headings and INI sections; a line naming two providers decides nothing', () => {
    const key = floraKey('live', 40);
    const json = `{\n  "payments": {\n    "stripe": {\n      "a": 1,\n      "b": 2,\n      "c": 3,\n      "d": 4,\n      "secret": "${key}"\n    }\n  }\n}\n`;
    expect(scan(json)[0]).toMatchObject({
      ruleId: 'stripe-secret-key',
      providerEvidence: { kind: 'file' },
    });
    const md = `# Setup\n\n## Clerk\n\nSome text.\n\nMore text.\n\nStill more.\n\n    ${key}\n`;
    expect(scan(md)[0]).toMatchObject({
      ruleId: 'clerk-secret-key',
      providerEvidence: { kind: 'file' },
    });
    const ini = `[paystack]\nmode = live\nregion = ng\ncurrency = NGN\nretries = 3\nkey = ${key}\n`;
    expect(scan(ini)[0]).toMatchObject({ ruleId: 'paystack-secret-key' });
    const both = `import Stripe from 'stripe';\nimport { Clerk } from '@clerk/backend';\n${'x = 1\n'.repeat(8)}k = "${key}"\n`;
    expect(scan(both)[0]).toMatchObject({
      ruleId: 'flora-live-key',
      providerEvidence: { kind: 'none' },
    });
  });

  it('the nearest word wins on the line; a longer match of another rule is a rival the path can pick', () => {
    const key = floraKey('live', 40);
    expect(scan(`flora_enabled: true\nSTRIPE_SECRET_KEY=${key}\n`)[0]).toMatchObject({
      ruleId: 'stripe-secret-key',
      providerEvidence: { kind: 'line', detail: "'STRIPE' on the same line" },
    });
    // An Apideck key of an odd length goes on past a '-': FLORA's rule matches only its start.
    const apideck = 'sk_' + 'live_' + randomBase62(30) + '-' + randomBase62(70);
    const [finding] = scan(`value: ${apideck}\n`);
    expect(finding).toMatchObject({ ruleId: 'flora-live-key', providerEvidence: { kind: 'none' } });
    expect(
      finding!.rivals?.some((r) => r.ruleId === 'apideck-api-key' && r.secret === apideck),
    ).toBe(true);
  });

  it('a longer rival picked by the path reports its whole secret', async () => {
    const repo = tempRepo();
    try {
      const apideck = 'sk_' + 'live_' + randomBase62(30) + '-' + randomBase62(70);
      repo.write('vendor/apideck/fixture.txt', `value: ${apideck}\n`);
      const { report } = await runJson(['scan'], { cwd: repo.dir });
      expect(report.findings).toMatchObject([
        {
          ruleId: 'apideck-api-key',
          secretSha256: sha256Hex(apideck),
          providerEvidence: { kind: 'file', detail: "folder naming 'apideck'" },
        },
      ]);
    } finally {
      repo.cleanup();
    }
  });

  it('flora-keyscan verify refuses a published example and another provider’s shape', async () => {
    const dir = tempDir();
    const example = await runCli(['verify'], {
      cwd: dir,
      input: 'sk_' + 'test_' + '4eC39HqLyjWDarjtT1zdp7dc',
    });
    expect(example.code).toBe(2);
    expect(example.stderr).toContain('published example key');
    const stripe = await runCli(['verify'], {
      cwd: dir,
      input: 'sk_' + 'live_51' + randomBase62(97),
    });
    expect(stripe.code).toBe(2);
    expect(stripe.stderr).toContain('looks like a Stripe key');
  });
});

describe('provider evidence on hostile or awkward input', () => {
  const engine = new Engine(loadRules());
  let repo: TempRepo;
  afterAll(() => repo?.cleanup());

  it('keys joined by "-", "_", "/" or "+" are each found (a long match of another rule swallows none)', () => {
    for (const sep of ['-', '_', '/', '+', ' ']) {
      const a = floraKey('live', 40);
      const b = floraKey('live', 40);
      const found = engine
        .scan(Buffer.from(`keys: ${a}${sep}${b}\n`), { kind: 'file', path: 'x' })
        .findings.map((f) => f.secretSha256);
      expect(found, JSON.stringify(sep)).toEqual([sha256Hex(a), sha256Hex(b)]);
    }
  });

  it('words are words: "floral" or "pinstripe" near a key is no evidence', () => {
    const key = floraKey('live', 40);
    const [f] = engine.scan(Buffer.from(`floral pinstripe pattern\nvalue: ${key}\n`), {
      kind: 'file',
      path: 'x',
    }).findings;
    expect(f!.providerEvidence.kind).toBe('none');
  });

  it('a config rule of the scanned repository cannot vouch for a key to be probed', async () => {
    const server = await startFloraServer();
    try {
      repo = tempRepo();
      const key = 'sk_' + 'live_' + randomBase62(24);
      server.set(key, 'live');
      repo.write(
        'flora-keyscan.config.json',
        JSON.stringify({
          rules: [
            {
              id: 'cfg-flora',
              description: 'a rule that claims Stripe settings for FLORA',
              provider: 'flora',
              severity: 'high',
              keywords: ['STRIPE_SECRET_KEY'],
              pattern: 'STRIPE_SECRET_KEY=(?P<secret>sk_live_[A-Za-z0-9]{24})',
              minEntropy: 1,
              context: { pattern: '=', lines: 0, required: false },
              examples: ['STRIPE_SECRET_KEY=sk_live_{{random:24}}'],
            },
          ],
        }),
      );
      repo.write('payments.env', `STRIPE_SECRET_KEY=${key}\n`);
      repo.write('copy.txt', `${key}\n`);
      await runJson(['--verify'], { cwd: repo.dir, env: { FLORA_BASE_URL: server.url } });
      expect(server.requests).toEqual([]);
    } finally {
      await server.close();
      repo.cleanup();
    }
  });

  it("a key in a file name takes no evidence from its neighbours' names", async () => {
    repo = tempRepo();
    const key = floraKey('live', 40);
    repo.write('docs/flora-notes.md', 'notes\n');
    repo.write(`docs/${key}.txt`, 'x\n');
    const { report } = await runJson(['scan'], { cwd: repo.dir });
    const named = report.findings.find((f: { location?: string }) => f.location === 'path');
    expect(named.providerEvidence.kind).toBe('none');
    repo.cleanup();
  });

  it('one key is one provider: a bare copy of a Stripe-named key is Stripe', async () => {
    repo = tempRepo();
    const key = floraKey('live', 24);
    repo.write('a.txt', `${key}\n`);
    repo.write('b.env', `STRIPE_SECRET_KEY=${key}\n`);
    const { report } = await runJson(['scan'], { cwd: repo.dir });
    expect(report.findings.map((f: JsonFinding) => f.ruleId)).toEqual([
      'stripe-secret-key',
      'stripe-secret-key',
    ]);
    expect(report.findings[0].providerEvidence.detail).toContain("the same key in b.env: 'STRIPE'");
    repo.cleanup();
  });

  it('history: a corrupt manifest object is as good as absent; a longer rival keeps its history facts', async () => {
    repo = tempRepo();
    const key = floraKey('live', 40);
    const apideck = 'sk_' + 'live_' + randomBase62(30) + '-' + randomBase62(70);
    repo.commit({
      'package.json': '{"dependencies":{"@flora-ai/flora":"1"}}',
      'key.txt': `${key}\n`,
      'vendor/apideck/fixture.txt': `${apideck}\n`,
    });
    const blob = repo.git('rev-parse', 'HEAD:package.json').trim();
    const loose = join(repo.dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2));
    chmodSync(loose, 0o644);
    writeFileSync(loose, readFileSync(loose).subarray(0, 10));
    const { report } = await runJson(['history'], { cwd: repo.dir });
    const of = (k: string) =>
      report.findings.find((f: JsonFinding) => f.secretSha256 === sha256Hex(k)) as JsonFinding;
    expect(of(key).providerEvidence.kind).toBe('none');
    expect(of(apideck)).toMatchObject({ ruleId: 'apideck-api-key' });
    expect(report.history.atHeadBySecret[sha256Hex(apideck)]).toBe(true);
    expect(report.history.refsBySecret[sha256Hex(apideck)]).toEqual(['refs/heads/main']);
  });
});
