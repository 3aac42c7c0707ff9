// The history scan reads pack files itself and searches a delta only where it changes its base. These
// tests build histories whose versions are stored as deltas (keys added inside a delta, across the
// seam of an insert, in a base that deltas copy, encoded, in UTF-16 and binary files) and check that
// the packed repository gives exactly the findings of the same repository with every object loose
// (each read whole), in one thread and in several, and the same as git's own reader (alternates).

import {
  chmodSync,
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, runJson, spawnCli } from './helpers/cli.js';
import { floraKey } from './helpers/keys.js';
import { GIT_ENV, tempRepo, type TempRepo } from './helpers/repo.js';
import { sha256Hex } from '../src/scan/secret.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});
function newRepo(options?: Parameters<typeof tempRepo>[0]): TempRepo {
  const repo = tempRepo(options);
  repos.push(repo);
  return repo;
}

interface F {
  path: string | null;
  commit: string | null;
  secretSha256: string;
  line: number;
  column: number;
  blob?: string;
  encoding?: string;
  where?: string;
}
const signature = (f: F) =>
  [f.secretSha256, f.path, f.commit, f.line, f.column, f.encoding ?? '', f.where ?? ''].join(' ');
const signatures = (report: { findings: F[] }) => report.findings.map(signature).sort();

/** A small deterministic generator, so a failing history can be rebuilt from its seed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Planted {
  keys: string[];
}

/**
 * Thirty versions of a handful of files, each a few edits from the last (so git stores them as
 * deltas), with keys appearing and disappearing along the way. Edits and filler text follow the seed;
 * the keys themselves are random.
 */
function buildHistory(repo: TempRepo, seed: number): Planted {
  const next = random(seed);
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const randomBase62 = (n: number) =>
    Array.from({ length: n }, () => ALPHABET[Math.floor(next() * 62)]).join('');
  const keys: string[] = [];
  const lines = Array.from(
    { length: 300 },
    (_, i) =>
      `line ${i}: ${randomBase62(8 + Math.floor(next() * 40))} value = compute(${i}) # plain text`,
  );
  const plain = Array.from(
    { length: 200 },
    (_, i) => `Paragraph ${i} of the notes, ${randomBase62(30)}.`,
  );
  const changelog = Array.from({ length: 100 }, (_, i) => `- change ${i}: ${randomBase62(30)}`); // never holds a key
  let binary = Buffer.concat(
    Array.from({ length: 64 }, () =>
      Buffer.from([0, 1, 2, 3, 255, ...Buffer.from(randomBase62(60))]),
    ),
  );
  const utf16Lines = Array.from({ length: 80 }, (_, i) => `setting${i}=${randomBase62(12)}`);
  const split = floraKey();
  const early = floraKey();
  keys.push(early);
  for (let version = 0; version < 30; version++) {
    // A few random edits per version: replace, insert, delete.
    for (let e = 0; e < 3; e++) {
      const at = Math.floor(next() * lines.length);
      const roll = next();
      if (roll < 0.4) lines[at] = `line ${at}: edited ${randomBase62(20)} in version ${version}`;
      else if (roll < 0.7)
        lines.splice(at, 0, `inserted in version ${version}: ${randomBase62(25)}`);
      else lines.splice(at, 1);
    }
    plain[Math.floor(next() * plain.length)] =
      `Rewritten in version ${version}: ${randomBase62(40)}.`;
    const files: Record<string, string | Buffer> = {};
    if (version === 5) {
      const key = floraKey();
      keys.push(key);
      lines.splice(Math.floor(lines.length / 2), 0, `FLORA_API_KEY = "${key}"`); // inserted into a delta
    }
    if (version === 12)
      lines.splice(
        lines.findIndex((l) => l.startsWith('FLORA_API_KEY')),
        1,
      ); // and removed again
    if (version === 14) lines.splice(10, 0, `token = "sk_`); // half a key ...
    if (version === 15) {
      keys.push(split);
      lines[10] = `token = "${split}"`; // ... completed by an insert right after it: the keyword spans the seam
    }
    if (version === 18) {
      const key = floraKey('test');
      keys.push(key);
      plain.splice(100, 0, `FLORA token (base64): ${Buffer.from(key).toString('base64')}`);
    }
    if (version === 20) {
      const key = floraKey();
      keys.push(key);
      binary = Buffer.concat([
        binary.subarray(0, 2000),
        Buffer.from(`\0key=${key}\0`),
        binary.subarray(2000),
      ]);
    }
    if (version === 22) {
      const key = floraKey();
      keys.push(key);
      utf16Lines.splice(40, 0, `FLORA_API_KEY=${key}`);
    }
    if (version === 25)
      plain.splice(3, 0, 'FLORA is mentioned here, but no key: flora_api_key = os.environ["X"]');
    utf16Lines[Math.floor(next() * utf16Lines.length)] = `setting=${randomBase62(12)}`;
    binary[100 + version] = version;
    changelog.push(`- version ${version}: ${randomBase62(30)}`);
    changelog[Math.floor(next() * changelog.length)] = `- reworded in version ${version}`;
    files['CHANGELOG.md'] = changelog.join('\n') + '\n';
    files['app/config.py'] = lines.join('\n') + '\n';
    files['docs/notes.md'] = plain.join('\n') + '\n';
    files['assets/data.bin'] = binary;
    files['win/settings.ini'] = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(utf16Lines.join('\r\n'), 'utf16le'),
    ]);
    // A file whose key sits in an early version that later versions are built from.
    if (version % 4 === 0)
      files['keep/early.txt'] =
        `header v${version}\n` +
        (version < 16 ? `FLORA_API_KEY=${early}\n` : '') +
        plain.slice(0, 50).join('\n');
    repo.commit(files, `version ${version}`);
  }
  return { keys };
}

/** How many packed objects are deltas (so a test is known to have exercised them). */
function deltaCount(repo: TempRepo): number {
  const packDir = join(repo.dir, '.git', 'objects', 'pack');
  let count = 0;
  for (const idx of readdirSync(packDir).filter((f) => f.endsWith('.idx'))) {
    const out = repo.git('verify-pack', '-v', join(packDir, idx));
    count += out
      .split('\n')
      .filter((l) =>
        /^[0-9a-f]{40,64} (blob|commit|tree|tag) +\d+ \d+ \d+ \d+ [0-9a-f]{40,64}$/.test(l),
      ).length;
  }
  return count;
}

describe('history read from pack files', () => {
  // Seed 3 packs with deltas naming their base by id (REF_DELTA) instead of by offset.
  for (const seed of [1, 2, 3]) {
    it(`finds in a packed history exactly what the loose objects hold (seed ${seed}), in one thread and in two`, async () => {
      const repo = newRepo();
      const { keys } = buildHistory(repo, seed);
      const loose = await runJson(['history', '--all-objects'], { cwd: repo.dir });
      expect(loose.code).toBe(1);
      // Every planted key is found in the loose repository: the reference is itself complete.
      for (const key of keys)
        expect(loose.report.findings.map((f: F) => f.secretSha256)).toContain(sha256Hex(key));

      repo.git(
        ...(seed === 3 ? ['-c', 'repack.useDeltaBaseOffset=false'] : []),
        'repack',
        '-a',
        '-d',
        '-f',
        '-q',
        '--window=50',
        '--depth=50',
      );
      expect(repo.git('count-objects', '-v')).toMatch(/^count: 0$/m);
      expect(deltaCount(repo)).toBeGreaterThan(60);

      // Reader threads load the built worker module: that run goes through the built bin.
      for (const threads of ['1', '2']) {
        const args = ['history', '--all-objects', '--threads', threads, '--format', 'json'];
        const run =
          threads === '1'
            ? await runCli(args, { cwd: repo.dir })
            : await spawnCli(args, { cwd: repo.dir });
        const packed = { code: run.code, report: JSON.parse(run.stdout) };
        expect(packed.code).toBe(1);
        expect(signatures(packed.report)).toEqual(signatures(loose.report));
        // Every count (objects, bytes, binary, UTF-16, decoded, suppressed...) matches, not only findings.
        expect({ ...packed.report.stats, durationMs: 0 }).toEqual({
          ...loose.report.stats,
          durationMs: 0,
        });
        expect(packed.report.history).toEqual(loose.report.history);
      }
    });
  }

  it("agrees with git's own reader, used when objects are borrowed through alternates", async () => {
    const origin = newRepo();
    buildHistory(origin, 7);
    origin.git('repack', '-a', '-d', '-f', '-q');
    const packed = await runJson(['history'], { cwd: origin.dir });
    const clone = newRepo({ init: false });
    origin.git('clone', '-q', '--shared', origin.dir, clone.dir);
    const borrowed = await runJson(['history'], { cwd: clone.dir });
    expect(borrowed.code).toBe(1);
    expect(signatures(borrowed.report)).toEqual(signatures(packed.report));
  });

  it('reads offsets kept in the large-offset table of a pack index (packs over 2 GiB)', async () => {
    const repo = newRepo();
    const key = floraKey();
    repo.commit({ 'a.env': `FLORA_API_KEY=${key}\n` }, 'key');
    repo.git('repack', '-a', '-d', '-q');
    const before = await runJson(['history'], { cwd: repo.dir });
    // Offsets moved to the 8-byte table, as git writes offsets past 2 GiB (git allows count - 1 there).
    const packDir = join(repo.dir, '.git', 'objects', 'pack');
    const idxPath = join(
      packDir,
      readdirSync(packDir).find((f) => f.endsWith('.idx'))!,
    );
    const idx = readFileSync(idxPath);
    const count = idx.readUInt32BE(8 + 255 * 4);
    const offsetsAt = 8 + 1024 + count * 24;
    const large = Buffer.alloc((count - 1) * 8);
    for (let i = 1; i < count; i++) {
      large.writeBigUInt64BE(BigInt(idx.readUInt32BE(offsetsAt + i * 4)), (i - 1) * 8);
      idx.writeUInt32BE((0x80000000 | (i - 1)) >>> 0, offsetsAt + i * 4);
    }
    const tail = offsetsAt + count * 4;
    chmodSync(idxPath, 0o644);
    writeFileSync(idxPath, Buffer.concat([idx.subarray(0, tail), large, idx.subarray(tail)]));
    const after = await runJson(['history'], { cwd: repo.dir });
    expect(after.code).toBe(1);
    expect(after.report.findings).toEqual(before.report.findings);
    expect(after.report.stats.unreadable).toEqual([]);
  });

  it('names a pack whose index has a damaged fan-out table, and reads the rest', async () => {
    const repo = newRepo();
    const key = floraKey();
    repo.commit({ 'a.txt': 'first\n' }, 'first');
    repo.git('repack', '-a', '-d', '-q');
    repo.commit({ 'a.env': `FLORA_API_KEY=${key}\n` }, 'loose');
    const packDir = join(repo.dir, '.git', 'objects', 'pack');
    const idxPath = join(
      packDir,
      readdirSync(packDir).find((f) => f.endsWith('.idx'))!,
    );
    const idx = readFileSync(idxPath);
    idx.writeUInt32BE(0xffff, 8 + 4 * 10); // fan-out entry 10 above the ones after it
    chmodSync(idxPath, 0o644);
    writeFileSync(idxPath, idx);
    const { code, report, stderr } = await runJson(['history'], { cwd: repo.dir });
    expect(stderr).not.toMatch(/RangeError|at .*\.js:\d+/);
    expect(code).toBe(2);
    expect(report.findings.map((f: F) => f.secretSha256)).toContain(sha256Hex(key));
    expect(JSON.stringify(report.stats.unreadable)).toContain('a damaged fan-out table');
  });

  it('reads each object once across several packs and loose copies of packed objects', async () => {
    const repo = newRepo();
    buildHistory(repo, 11);
    repo.git('repack', '-a', '-d', '-q');
    const key = floraKey();
    repo.commit({ 'later.env': `FLORA_API_KEY=${key}\n` }, 'later');
    repo.git('repack', '-d', '-q'); // a second pack with the new objects
    // A loose copy of a packed blob that holds a key, as an interrupted repack leaves behind.
    const blob = repo.git('rev-parse', 'HEAD:later.env').trim();
    // (git hash-object -w would not write an object it already has.)
    const content = Buffer.from(repo.git('cat-file', 'blob', blob));
    mkdirSync(join(repo.dir, '.git', 'objects', blob.slice(0, 2)), { recursive: true });
    writeFileSync(
      join(repo.dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)),
      deflateSync(Buffer.concat([Buffer.from(`blob ${content.length}\0`), content])),
    );
    expect(
      readdirSync(join(repo.dir, '.git', 'objects', 'pack')).filter((f) => f.endsWith('.pack'))
        .length,
    ).toBe(2);
    expect(repo.git('count-objects', '-v')).toMatch(/^count: 1$/m);
    const { report } = await runJson(['history'], { cwd: repo.dir });
    const found = report.findings.filter((f: F) => f.secretSha256 === sha256Hex(key));
    expect(found).toHaveLength(1);
    expect(signatures(report)).toEqual([...new Set(signatures(report))]);
  });

  it('reports a damaged packed object and every delta built on it, finds the rest, and exits 2', async () => {
    const repo = newRepo();
    const { keys } = buildHistory(repo, 5);
    repo.git('repack', '-a', '-d', '-f', '-q', '--depth=50');
    const packDir = join(repo.dir, '.git', 'objects', 'pack');
    const idx = readdirSync(packDir).find((f) => f.endsWith('.idx'))!;
    // verify-pack: "<oid> <type> <size> <size in pack> <offset> [<depth> <base>]".
    const rows = repo
      .git('verify-pack', '-v', join(packDir, idx))
      .split('\n')
      .map((l) => l.split(/ +/));
    const changelogVersions = new Set(
      repo
        .git('rev-list', '--objects', '--all')
        .split('\n')
        .filter((l) => l.endsWith(' CHANGELOG.md'))
        .map((l) => l.split(' ')[0]),
    );
    const victim = rows.find(
      (r) =>
        changelogVersions.has(r[0]!) &&
        r.length === 5 &&
        rows.some((d) => d.length === 7 && d[6] === r[0]),
    );
    expect(victim).toBeDefined();
    const [oid, , , inPack, offset] = victim!;
    const built = rows.filter((d) => d.length === 7 && d[6] === oid).map((d) => d[0]);
    const packPath = join(packDir, idx.replace(/\.idx$/, '.pack'));
    chmodSync(packPath, 0o644);
    const fd = openSync(packPath, 'r+');
    const at = Number(offset) + Math.floor(Number(inPack) / 2);
    const byte = Buffer.alloc(8);
    readSync(fd, byte, 0, 8, at);
    writeSync(fd, Buffer.from(byte.map((b) => b ^ 0x5a)), 0, 8, at);
    closeSync(fd);

    const { code, report, stderr } = await runJson(['history', '--all-objects'], { cwd: repo.dir });
    expect(code).toBe(2);
    const unreadable = report.stats.unreadable.map((u: { path: string }) => u.path);
    expect(unreadable).toContain(oid);
    for (const d of built) expect(unreadable).toContain(d);
    expect(report.stats.unreadable[0].reason).toContain(oid);
    // The keys (none of them in the damaged file) are all still found.
    for (const key of keys)
      expect(report.findings.map((f: F) => f.secretSha256)).toContain(sha256Hex(key));
    expect(stderr).toContain('could not be read');
  });

  it('gives the same objects when memory for delta bases is short and bases are rebuilt', async () => {
    const repo = newRepo();
    buildHistory(repo, 13);
    repo.git('repack', '-a', '-d', '-f', '-q', '--depth=50');
    const { locateObjectStore, ObjectStore } = await import('../src/sources/object-store.js');
    const { ContentGate } = await import('../src/scan/gate.js');
    const { Git } = await import('../src/git.js');
    const gate = new ContentGate(
      ['sk_live_', 'sk_test_', 'FLORA'].map((text) => ({ text, caseInsensitive: true })),
    );
    const location = (await locateObjectStore(
      new Git(repo.dir, { ...process.env, ...GIT_ENV }),
      {},
    ))!;
    const read = (heldBasesBytes?: number) => {
      const out: string[] = [];
      for (const o of ObjectStore.open(location, { heldBasesBytes }).objects(gate)) {
        out.push(
          'bytes' in o
            ? `${o.oid} ${sha256Hex(o.bytes.toString('latin1'))}`
            : 'error' in o
              ? `error ${o.error}`
              : `free ${o.size}`,
        );
      }
      return out;
    };
    const roomy = read();
    expect(roomy.filter((l) => !l.startsWith('free')).length).toBeGreaterThan(50);
    expect(read(1)).toEqual(roomy); // every base but the one in use is dropped and rebuilt
  });

  it('rejects a --threads that is not a whole number from 1', async () => {
    const repo = newRepo();
    repo.commit({ 'a.txt': 'x\n' });
    const { code, stderr } = await runCli(['history', '--threads', '0'], { cwd: repo.dir });
    expect([code, stderr.trim()]).toEqual([
      2,
      'flora-keyscan: --threads must be a whole number from 1 to 64 (got "0")',
    ]);
  });

  it('reads SHA-256 repositories, loose and packed', async () => {
    const repo = newRepo({ init: false });
    repo.git('init', '-q', '-b', 'main', '--object-format=sha256');
    repo.git('config', 'user.name', 'Test User');
    repo.git('config', 'user.email', 'test@example.com');
    const { keys } = buildHistory(repo, 9);
    const loose = await runJson(['history'], { cwd: repo.dir });
    repo.git('repack', '-a', '-d', '-f', '-q');
    expect(deltaCount(repo)).toBeGreaterThan(20);
    const packed = await runJson(['history'], { cwd: repo.dir });
    expect(packed.code).toBe(1);
    expect(packed.report.findings[0].commit).toMatch(/^[0-9a-f]{64}$/);
    expect(signatures(packed.report)).toEqual(signatures(loose.report));
    for (const key of keys)
      expect(packed.report.findings.map((f: F) => f.secretSha256)).toContain(sha256Hex(key));
  });
});
