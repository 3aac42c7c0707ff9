// Keys inside archives: zip and its family, gzip, tar, nested, renamed; found in every source by the
// same engine with every decoder, placed by the chain of entries; and everything an archive keeps
// from us (encrypted entries, other methods and formats, bombs) named, bounded and fast.

import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ARCHIVE_LIMITS, expandArchive, type ArchiveItem } from '../src/archive/expand.js';
import { MAGIC_PREFIX_BYTES, sniffArchive } from '../src/archive/sniff.js';
import { loadRuleBook } from '../src/rules/load.js';
import { Engine } from '../src/scan/engine.js';
import { sha256Hex } from '../src/scan/secret.js';
import { gzip, gzipBomb, tar, zerosDeflated, zip } from './helpers/archives.js';
import { runCli, runJson } from './helpers/cli.js';
import { floraKey } from './helpers/keys.js';
import { tempRepo, type TempRepo } from './helpers/repo.js';

let repo: TempRepo;
afterEach(() => repo?.cleanup());

type Source = 'worktree' | 'staged' | 'history' | 'packed history' | 'all-objects';

interface Place {
  /** `path!entry!entry:line:column`, as the text report writes it. */
  at: string;
  secretSha256: string;
}

const env = (key: string) => `# settings\nFLORA_API_KEY=${key}\n`;

/** One fixture set for every source: where each key is, and what is named as not read. */
function fixtures() {
  const k = Array.from({ length: 10 }, () => floraKey());
  const files: Record<string, Buffer> = {
    'dist/release.zip': zip([
      { name: 'README.txt', data: 'release notes\n' },
      {
        name: 'app.zip',
        data: zip([
          { name: '.env', data: env(k[0]!) },
          {
            name: 'lib/inner.jar',
            data: zip([{ name: 'conf/app.properties', data: `x=1\nflora.api.key=${k[1]}\n` }]),
          },
        ]),
      },
    ]),
    'backup.tar.gz': gzip(tar([{ name: 'srv/config/prod.env', data: env(k[2]!) }])),
    'site.tar': tar([
      { name: 'a/'.repeat(60) + 'deep.env', data: env(k[3]!) },
      { name: 'img.bin', data: randomBytes(2000) },
    ]),
    // gzip with no name in its header: named after the file.
    'logs/settings.json.gz': Buffer.from(gzip(`{\n  "floraApiKey": "${k[4]}"\n}\n`)).fill(0, 3, 4),
    'docs/report.docx': zip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      {
        name: 'word/document.xml',
        data: `<w:document><w:p><w:t>FLORA key ${k[5]}</w:t></w:p></w:document>`,
      },
    ]),
    // A zip named as something else, stored, written as a stream (sizes in data descriptors).
    'assets/blob.dat': zip([
      {
        name: 'k8s/secret.yaml',
        data: `data:\n  FLORA_API_KEY: ${Buffer.from(k[6]!).toString('base64')}\n`,
        method: 0,
        descriptor: true,
      },
    ]),
    'locked.zip': zip([
      { name: 'open.txt', data: 'nothing here\n' },
      { name: 'secret.env', data: env(k[7]!), encrypted: true },
      { name: 'other.env', data: env(k[8]!), method: 12 },
    ]),
    'vendor/tool.7z': Buffer.concat([
      Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]),
      randomBytes(500),
    ]),
    // Look-alikes: an "archive" of random bytes, an image.
    'noise.zip': Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), randomBytes(4000)]),
    'logo.png': Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), randomBytes(4000)]),
  };
  const sha = k.map(sha256Hex);
  const places: Place[] = [
    { at: 'dist/release.zip!app.zip!.env:2:15', secretSha256: sha[0]! },
    {
      at: 'dist/release.zip!app.zip!lib/inner.jar!conf/app.properties:2:15',
      secretSha256: sha[1]!,
    },
    { at: 'backup.tar.gz!srv/config/prod.env:2:15', secretSha256: sha[2]! },
    { at: `site.tar!${'a/'.repeat(60)}deep.env:2:15`, secretSha256: sha[3]! },
    { at: 'logs/settings.json.gz!settings.json:2:19', secretSha256: sha[4]! },
    { at: 'docs/report.docx!word/document.xml:1:33', secretSha256: sha[5]! },
    { at: 'assets/blob.dat!k8s/secret.yaml:2:18', secretSha256: sha[6]! },
  ];
  // What is named as not read: the entry's chain (after the file) and a word of the reason.
  const skipped = [
    { entry: '!secret.env', reason: 'encrypted' },
    { entry: '!other.env', reason: 'bzip2' },
    { entry: '', reason: 'archive not opened: 7z' },
    { entry: '', reason: 'not a readable zip archive' },
  ];
  return { files, places, skipped, keys: k };
}

async function scanWith(source: Source, files: Record<string, Buffer>, extra: string[] = []) {
  repo = tempRepo();
  repo.commit({ 'readme.md': 'fixtures\n' });
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  if (source !== 'worktree') repo.git('add', '-A');
  if (source !== 'worktree' && source !== 'staged') {
    repo.git('commit', '-q', '-m', 'fixtures');
    repo.git('rm', '-q', '-r', '.');
    repo.git('commit', '-q', '-m', 'remove them all');
    if (source === 'packed history') repo.git('repack', '-a', '-d', '-q');
  }
  const args = {
    worktree: [],
    staged: ['staged'],
    history: ['history'],
    'packed history': ['history'],
    'all-objects': ['history', '--all-objects'],
  }[source];
  return runJson([...args, ...extra], { cwd: repo.dir });
}

type JsonFinding = {
  path: string;
  archive?: string[];
  entry?: string;
  line: number;
  column: number;
  secretSha256: string;
};

const placeOf = (f: JsonFinding): Place => ({
  at: `${[...(f.archive ?? [f.path]), ...(f.entry ? [f.entry] : [])].join('!')}:${f.line}:${f.column}`,
  secretSha256: f.secretSha256,
});
const byPlace = (a: Place, b: Place) => a.at.localeCompare(b.at);

describe.each<Source>(['worktree', 'staged', 'history', 'packed history', 'all-objects'])(
  'archives: %s source',
  (source) => {
    it('finds keys in zip, jar, docx, tar, tar.gz and gz entries, nested and renamed, and names what it cannot read', async () => {
      const { files, places, skipped } = fixtures();
      const { report, code } = await scanWith(source, files);
      expect(code).toBe(1);
      expect(report.findings.map(placeOf).sort(byPlace)).toEqual(places.sort(byPlace));
      for (const f of report.findings as JsonFinding[]) {
        expect(f.archive![0]).toBe(f.path); // the outer path stays the repository's file
        expect(f.entry).toBeTruthy();
      }
      expect(
        report.findings.find((f: { path: string }) => f.path === 'assets/blob.dat').encoding,
      ).toBe('base64');
      const named = report.stats.skipped.map((s: { path: string; reason: string }) => ({
        entry: s.path.includes('!') ? s.path.slice(s.path.indexOf('!')) : '',
        reason: s.reason,
      }));
      for (const s of skipped)
        expect(named).toContainEqual({ entry: s.entry, reason: expect.stringContaining(s.reason) });
      expect(named).toHaveLength(skipped.length);
      // Files opened: release.zip, the tar.gz, the tar, the gz, the docx, blob.dat, locked.zip.
      expect(report.stats.archives).toBe(7);
      // Files scanned inside them: 3 in release.zip (nested ones too), 1, 2, 1, 2, 1 and open.txt.
      expect(report.stats.archiveEntries).toBe(3 + 1 + 2 + 1 + 2 + 1 + 1);
      expect(report.stats.binary).toBe(2); // the random "zip" and the image; the 7z is no binary file
    });
  },
);

describe('archive depth', () => {
  it('--max-archive-depth 1 opens only the outermost archive and names the nested one; 0 opens none', async () => {
    const key = floraKey();
    const files = {
      'release.zip': zip([{ name: 'app.zip', data: zip([{ name: '.env', data: env(key) }]) }]),
    };
    const one = await scanWith('worktree', files, ['--max-archive-depth', '1']);
    expect(one.report.findings).toEqual([]);
    expect(one.report.stats.skipped).toEqual([
      {
        path: 'release.zip!app.zip',
        reason: expect.stringContaining('nested deeper than 1 (--max-archive-depth)'),
      },
    ]);
    const off = await runJson(['--max-archive-depth', '0'], { cwd: repo.dir });
    expect(off.report.findings).toEqual([]);
    expect(off.report.stats.archives).toBe(0);
    expect(off.report.stats.skipped).toEqual([]);
    const on = await runJson([], { cwd: repo.dir });
    expect(on.report.findings.map(placeOf)).toEqual([
      { at: 'release.zip!app.zip!.env:2:15', secretSha256: sha256Hex(key) },
    ]);
    const bad = await runCli(['--max-archive-depth', 'deep'], { cwd: repo.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-archive-depth must be a whole number from 0 to 16');
  });
});

describe('archive bombs', () => {
  it('names and stops archives that claim or expand to gigabytes, quickly, and still reads what came before', async () => {
    const before = floraKey();
    const after = floraKey();
    const files = {
      // Declares 4 GiB: refused before inflating anything.
      'claims.zip': zip([
        {
          name: 'huge.bin',
          data: '',
          raw: { compressed: zerosDeflated(1), declaredSize: 0xfffffff0 },
        },
      ]),
      // Declares 10 bytes, expands to 1 GiB: stopped by the ratio cap while inflating.
      'lies.zip': zip([
        { name: 'first.env', data: env(before) },
        { name: 'zeros.bin', data: '', raw: { compressed: zerosDeflated(1024), declaredSize: 10 } },
        { name: 'later.env', data: env(after) },
      ]),
      'zeros.gz': gzipBomb(1024),
    };
    const { report, code } = await scanWith('worktree', files);
    expect(code).toBe(1);
    expect(report.findings.map(placeOf)).toEqual([
      { at: 'lies.zip!first.env:2:15', secretSha256: sha256Hex(before) },
    ]);
    const reasons = Object.fromEntries(
      report.stats.skipped.map((s: { path: string; reason: string }) => [s.path, s.reason]),
    );
    expect(Object.keys(reasons).sort()).toEqual([
      'claims.zip!huge.bin',
      'lies.zip!zeros.bin',
      'zeros.gz!zeros',
    ]);
    expect(reasons['lies.zip!zeros.bin']).toMatch(
      /expands more than 100× its \d+ bytes \(a decompression bomb\?\): not read, nor the entries after it/,
    );
    expect(reasons['zeros.gz!zeros']).toContain('decompression bomb');
    expect(reasons['claims.zip!huge.bin']).toContain('not read');
  });

  it('caps total bytes and entries per archive (nested ones included), naming where it stopped', () => {
    const inner = zip(
      Array.from({ length: 5 }, (_, i) => ({ name: `f${i}.txt`, data: `file ${i}\n` })),
    );
    const outer = zip([
      { name: 'a.txt', data: 'a\n' },
      { name: 'inner.zip', data: inner },
      { name: 'z.txt', data: 'z\n' },
    ]);
    const items = [...expandArchive(outer, 'zip', { ...DEFAULT_ARCHIVE_LIMITS, maxEntries: 4 })];
    const leaves = (list: ArchiveItem[]) =>
      list.filter((i) => 'bytes' in i && !i.container).map((i) => i.entry.join('!'));
    expect(leaves(items)).toEqual(['a.txt', 'inner.zip!f0.txt', 'inner.zip!f1.txt']);
    expect(items.filter((i) => 'skipped' in i)).toEqual([
      {
        entry: ['inner.zip', 'f2.txt'],
        skipped: 'more than 4 entries (cap per archive): the rest not read',
      },
    ]);
    const big = zip([
      { name: 'a.txt', data: 'x'.repeat(3000) },
      { name: 'b.txt', data: 'y'.repeat(3000) },
    ]);
    const capped = [...expandArchive(big, 'zip', { ...DEFAULT_ARCHIVE_LIMITS, maxBytes: 4000 })];
    expect(leaves(capped)).toEqual(['a.txt']);
    expect(capped.at(-1)).toEqual({
      entry: ['b.txt'],
      skipped: expect.stringContaining('expands past 0 MiB in all (cap per archive)'),
    });
  });
});

describe('archive formats', () => {
  it('recognises archives by their bytes, not their names, and text that only looks like one is text', () => {
    expect(sniffArchive(zip([{ name: 'a', data: 'b' }]))).toBe('zip');
    expect(sniffArchive(gzip('x'))).toBe('gzip');
    expect(sniffArchive(tar([{ name: 'a', data: 'b' }]))).toBe('tar');
    expect(sniffArchive(Buffer.from('BZh91AY&SY\x01', 'latin1'))).toBe('bzip2');
    expect(sniffArchive(Buffer.from('BZh, said the bee\n'))).toBeNull();
    const ustarInText = Buffer.from(
      ' '.repeat(257) + 'ustar is the POSIX tar format' + ' '.repeat(300),
    );
    expect(sniffArchive(ustarInText)).toBeNull();
  });

  it('refuses a zip64 archive and a truncated one clearly, by name', () => {
    const good = zip([{ name: 'a.txt', data: 'a\n' }]);
    const zip64 = Buffer.from(good);
    zip64.writeUInt16LE(0xffff, zip64.length - 22 + 10);
    expect([...expandArchive(zip64, 'zip', DEFAULT_ARCHIVE_LIMITS)]).toEqual([
      { entry: [], skipped: expect.stringContaining('zip64 archive') },
    ]);
    expect([...expandArchive(good.subarray(0, 40), 'zip', DEFAULT_ARCHIVE_LIMITS)]).toEqual([
      {
        entry: [],
        skipped: expect.stringContaining('not a readable zip archive: no central directory'),
      },
    ]);
  });
});

describe('the content gate and archives', () => {
  it('passes content that starts like an archive, even with no keyword and no zero byte, only when archives are opened', () => {
    const rules = loadRuleBook().rules;
    // A gzip header with a header CRC instead of a name, then bytes that are neither zero nor keyword.
    const gzipLike = Buffer.from([
      0x1f, 0x8b, 8, 2, 0x41, 0x41, 0x41, 0x41, 4, 3, 0x11, 0x22, 0x33,
    ]);
    expect(gzipLike.includes(0)).toBe(false);
    expect(new Engine(rules).mayMatch(gzipLike)).toBe(true);
    expect(new Engine(rules, { archives: null }).mayMatch(gzipLike)).toBe(false);
    expect(new Engine(rules).mayMatch(Buffer.from('plain text, nothing to see\n'))).toBe(false);
    // The pack reader proves deltas clean by their edges, which keep this many leading bytes whole.
    expect(new Engine(rules).gate.longest).toBeGreaterThan(MAGIC_PREFIX_BYTES);
  });
});

describe('archives and what a change adds', () => {
  it('staged: a key the committed archive already held is pre-existing, not new; a new one blocks', async () => {
    repo = tempRepo();
    const old = floraKey();
    const added = floraKey();
    repo.commit({ 'release.zip': zip([{ name: '.env', data: env(old) }]) });
    repo.write(
      'release.zip',
      zip([
        { name: '.env', data: env(old) },
        { name: 'more/.env', data: env(added) },
      ]),
    );
    repo.git('add', '-A');
    const { report, code } = await runJson(['staged'], { cwd: repo.dir });
    expect(code).toBe(1);
    expect(report.findings.map(placeOf)).toEqual([
      { at: 'release.zip!more/.env:2:15', secretSha256: sha256Hex(added) },
    ]);
    expect(report.preExisting.map(placeOf)).toEqual([
      { at: 'release.zip!.env:2:15', secretSha256: sha256Hex(old) },
    ]);
  });
});

describe('archives that arrive in chunks', () => {
  const rules = () => loadRuleBook().rules;
  it('holds an archive read in chunks whole, and opens it', () => {
    const key = floraKey();
    const archive = zip([{ name: 'conf/.env', data: env(key) }]);
    const chunks = [archive.subarray(0, 10), archive.subarray(10, 50), archive.subarray(50)];
    const outcome = new Engine(rules()).scanChunks(chunks, { kind: 'file', path: 'a.zip' });
    expect(outcome.findings.map((f) => [f.inArchive, f.line, f.secretSha256])).toEqual([
      [['conf/.env'], 2, sha256Hex(key)],
    ]);
    expect(outcome.archive).toMatchObject({ format: 'zip', opened: true, entries: 1 });
  });

  it('scans an archive larger than the cap as it is, every byte once, and names it', () => {
    const key = floraKey();
    const archive = zip([{ name: 'conf/.env', data: env(key), method: 0 }]);
    const chunks = [archive.subarray(0, 10), archive.subarray(10, 50), archive.subarray(50)];
    const limits = { ...DEFAULT_ARCHIVE_LIMITS, maxBytes: 20 };
    const outcome = new Engine(rules(), { archives: limits }).scanChunks(chunks, {
      kind: 'file',
      path: 'a.zip',
    });
    expect(outcome.findings.map((f) => [f.inArchive, f.secretSha256])).toEqual([
      [undefined, sha256Hex(key)],
    ]);
    expect(outcome.archive).toEqual({
      format: 'zip',
      opened: false,
      entries: 0,
      skipped: [{ entry: [], reason: expect.stringContaining('larger than 20 bytes') }],
    });
  });
});

describe('keys in the names of entries', () => {
  it('are found (in the archive’s own bytes) and never printed in full, in locations or in the lists of what was not read', async () => {
    repo = tempRepo();
    const inName = floraKey();
    const inLockedName = floraKey();
    const inside = floraKey();
    repo.write(
      'bundle.zip',
      zip([
        { name: `keys/${inName}.txt`, data: `FLORA_API_KEY=${inside}\n` },
        { name: `${inLockedName}.env`, data: 'locked\n', encrypted: true },
      ]),
    );
    for (const format of ['json', 'text', 'sarif', 'github']) {
      const { stdout, code } = await runCli(['--format', format], { cwd: repo.dir });
      expect(code).toBe(1);
      for (const key of [inName, inLockedName, inside]) expect(stdout).not.toContain(key);
    }
    const { report } = await runJson([], { cwd: repo.dir });
    expect(new Set(report.findings.map((f: JsonFinding) => f.secretSha256))).toEqual(
      new Set([inName, inLockedName, inside].map(sha256Hex)),
    );
    expect(
      report.findings.find((f: JsonFinding) => f.secretSha256 === sha256Hex(inside)).entry,
    ).toMatch(/^keys\/sk_live_\w\w…\w\w\.txt$/);
  });
});

/** The zip `archive` with its one central entry listed `copies` times, every copy naming the same data. */
function overlapping(archive: Buffer, copies: number): Buffer {
  const end = archive.length - 22;
  const offset = archive.readUInt32LE(end + 16);
  const central = archive.subarray(offset, end);
  const directory = Buffer.concat(Array.from({ length: copies }, () => central));
  const record = Buffer.from(archive.subarray(end));
  record.writeUInt16LE(copies, 8);
  record.writeUInt16LE(copies, 10);
  record.writeUInt32LE(directory.length, 12);
  return Buffer.concat([archive.subarray(0, offset), directory, record]);
}

describe('archives built to mislead', () => {
  it('reads data many central entries share once, counts stored bytes, and names the rest', () => {
    const stored = zip([{ name: 'a.env', data: 'x'.repeat(100_000), method: 0 }]);
    const items = [...expandArchive(overlapping(stored, 20_000), 'zip', DEFAULT_ARCHIVE_LIMITS)];
    expect(items.filter((i) => 'bytes' in i).map((i) => i.entry.join('!'))).toEqual(['a.env']);
    expect(items.filter((i) => 'skipped' in i)).toEqual([
      {
        entry: ['a.env'],
        skipped:
          "its data is an earlier entry's: entries overlap (and 19998 more entries like it), not read again",
      },
    ]);
    // Stored entries expand nothing, but their bytes are scanned: they count against the cap too.
    const big = zip([
      { name: 'a.txt', data: 'x'.repeat(3000), method: 0 },
      { name: 'b.txt', data: 'y'.repeat(3000), method: 0 },
    ]);
    const capped = [...expandArchive(big, 'zip', { ...DEFAULT_ARCHIVE_LIMITS, maxBytes: 4000 })];
    expect(capped.map((i) => ('skipped' in i ? `${i.entry} skipped` : `${i.entry}`))).toEqual([
      'a.txt',
      'b.txt skipped',
    ]);
  });

  it('finds keys a gzipped tar holds outside its entries, and in a zip entry whose name ends in a slash', async () => {
    const [afterEnd, inLongName, inFolderName] = [floraKey(), floraKey(), floraKey()];
    const plain = tar([{ name: 'readme.txt', data: 'hello\n' }]);
    const longName = Buffer.from(plain);
    // A GNU long-name record ('L') whose entry never follows: tar readers skip it, we must not.
    const header = Buffer.from(longName.subarray(0, 512));
    const record = Buffer.from(env(inLongName));
    header.write('././@LongLink\0', 0, 'latin1');
    header.write(record.length.toString(8).padStart(11, '0') + '\0', 124, 'latin1');
    header.write('L', 156, 'latin1');
    header.fill(32, 148, 156);
    let sum = 0;
    for (const b of header) sum += b;
    header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'latin1');
    const files = {
      'after-end.tar.gz': gzip(Buffer.concat([plain, Buffer.from(env(afterEnd))])),
      'long-name.tgz': gzip(
        Buffer.concat([header, record, Buffer.alloc(512 - record.length), plain.subarray(512)]),
      ),
      'folder.zip': zip([{ name: 'config/', data: env(inFolderName) }]),
    };
    const { report, code } = await scanWith('worktree', files);
    expect(code).toBe(1);
    expect(new Set(report.findings.map((f: JsonFinding) => f.secretSha256))).toEqual(
      new Set([afterEnd, inLongName, inFolderName].map(sha256Hex)),
    );
    expect(report.findings.map((f: JsonFinding) => f.path).sort()).toEqual([
      'after-end.tar.gz',
      'folder.zip',
      'long-name.tgz',
    ]);
  });
});
