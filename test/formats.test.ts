import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { floraKey } from './helpers/keys.js';
import { GIT_ENV, tempDir, tempRepo, type TempRepo } from './helpers/repo.js';
import { sha256Hex } from '../src/scan/secret.js';

let repo: TempRepo;
afterEach(() => repo?.cleanup());

const require = createRequire(import.meta.url);
// The official SARIF 2.1.0 schema, as shipped in Microsoft's @microsoft/jest-sarif package.
const schemaPath = join(
  require.resolve('@microsoft/jest-sarif/package.json'),
  '..',
  'lib',
  'schemas',
  'sarif-2.1.0-rtm.5.json',
);
// The schema is JSON Schema draft-04, and one of its patterns is not valid with the `u` flag.
const Ajv = require('ajv-draft-04') as new (options: object) => {
  compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown };
};
const addFormats = require('ajv-formats') as (ajv: object) => void;
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

describe('SARIF', () => {
  it('is valid SARIF 2.1.0 with rules, locations and fingerprints, and no secret text', async () => {
    repo = tempRepo();
    const key = floraKey();
    const inMessage = floraKey('test');
    repo.commit({ 'src/app.ts': `const k = "${key}";\n` }, `add app\n\n${inMessage}`);
    for (const args of [
      ['--format', 'sarif'],
      ['history', '--format', 'sarif'],
    ]) {
      const { stdout, code } = await runCli(args, { cwd: repo.dir });
      expect(code).toBe(1);
      const sarif = JSON.parse(stdout);
      expect(validate(sarif), JSON.stringify(validate.errors, null, 2)).toBe(true);
      const run = sarif.runs[0];
      expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('flora-live-key');
      const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'flora-live-key');
      expect(result.locations[0].physicalLocation).toMatchObject({
        artifactLocation: { uri: 'src/app.ts' },
        region: { startLine: 1, startColumn: 12 },
      });
      expect(result.partialFingerprints['secretSha256/v1']).toBe(sha256Hex(key));
      expect(stdout).not.toContain(key.slice(10));
      expect(stdout).not.toContain(inMessage.slice(10));
    }
  });
});

describe('GitHub annotations', () => {
  it('writes ::error lines, chosen automatically under GitHub Actions', async () => {
    repo = tempRepo();
    repo.write('a,b.env', `FLORA_API_KEY=${floraKey()}\n`);
    const { stdout, code } = await runCli([], { cwd: repo.dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toMatch(
      /^::error file=a%2Cb\.env,line=1,col=15,title=FLORA production API key \(flora-live-key\)::sk_/,
    );
  });
});

describe('the npm package', () => {
  it('packs, installs into an empty folder from the local cache, and runs with only its runtime dependencies', () => {
    const out = tempDir();
    const root = join(import.meta.dirname, '..');
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', out], {
      cwd: root,
      stdio: 'ignore',
    });
    const tarball = readdirSync(out).find((f) => f.endsWith('.tgz'))!;
    const app = tempDir();
    execFileSync('npm', ['init', '-y'], { cwd: app, stdio: 'ignore' });
    execFileSync(
      'npm',
      ['install', '--prefer-offline', '--no-audit', '--no-fund', join(out, tarball)],
      { cwd: app, stdio: 'ignore' },
    );
    const installed = readdirSync(join(app, 'node_modules')).sort();
    expect(installed).not.toContain('vitest');
    expect(installed).not.toContain('typescript');
    const version = execFileSync('npx', ['--no-install', 'flora-keyscan', '--version'], {
      cwd: app,
      encoding: 'utf8',
    }).trim();
    expect(version).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
    const key = floraKey();
    execFileSync('sh', ['-c', `printf 'FLORA_API_KEY=%s\\n' "$1" > leak.env`, 'sh', key], {
      cwd: app,
    });
    let code = 0;
    try {
      execFileSync('npx', ['--no-install', 'flora-keyscan', 'leak.env'], {
        cwd: app,
        stdio: 'ignore',
      });
    } catch (error) {
      code = (error as { status: number }).status;
    }
    expect(code).toBe(1);
    // History with reader threads: the worker's module ships in the package and loads from it.
    const project = tempRepo();
    project.commit({ 'leak.env': `FLORA_API_KEY=${key}\n` });
    project.git('repack', '-a', '-d', '-q');
    const history = spawnSync(
      join(app, 'node_modules', '.bin', 'flora-keyscan'),
      ['history', '--threads', '2', '--format', 'json', project.dir],
      { encoding: 'utf8', env: { ...process.env, ...GIT_ENV } },
    );
    expect(history.status).toBe(1);
    expect(JSON.parse(history.stdout).findings).toMatchObject([
      { path: 'leak.env', secretSha256: sha256Hex(key) },
    ]);
    project.cleanup();
  });
});
