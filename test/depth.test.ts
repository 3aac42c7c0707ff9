import { rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runJson } from './helpers/cli.js';
import { floraKey } from './helpers/keys.js';
import { tempRepo, type TempRepo } from './helpers/repo.js';
import { negativeFixtures, positiveFixtures, type Expected } from './helpers/depth-fixtures.js';
import { sha256Hex } from '../src/scan/secret.js';

let repo: TempRepo;
afterEach(() => repo?.cleanup());

/** 'packed history' is history after `git repack`: read from a pack file, not loose objects. */
type Source = 'worktree' | 'staged' | 'history' | 'packed history';

/** Puts the fixtures where each source looks, runs it, and returns its JSON report. */
async function scanWith(source: Source, files: Record<string, string | Buffer>) {
  repo = tempRepo();
  repo.commit({ 'readme.md': 'fixtures\n' });
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  if (source === 'staged') {
    repo.git('add', '-A');
  } else if (source !== 'worktree') {
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'fixtures');
    repo.git('rm', '-q', '-r', '.');
    repo.git('commit', '-q', '-m', 'remove them all');
    if (source === 'packed history') repo.git('repack', '-a', '-d', '-q');
  }
  const args = source === 'worktree' ? [] : source === 'staged' ? ['staged'] : ['history'];
  return runJson(args, { cwd: repo.dir });
}

const shape = (f: Expected & Record<string, unknown>) => ({
  path: f.path,
  line: f.line,
  column: f.column,
  ruleId: f.ruleId,
  secretSha256: f.secretSha256,
  ...(f.encoding ? { encoding: f.encoding } : {}),
  ...(f.byteOffset !== undefined ? { byteOffset: f.byteOffset } : {}),
});

describe.each<Source>(['worktree', 'staged', 'history', 'packed history'])(
  'detection depth: %s source',
  (source) => {
    it('finds keys in base64, percent-encoding, escapes, hex, HTML references, quoted-printable, nested encodings, UTF-16, UTF-32, binary data and notebooks', async () => {
      const { files, expected } = positiveFixtures();
      const { report } = await scanWith(source, files);
      const actual = report.findings
        .map(shape)
        .sort((a: Expected, b: Expected) => a.path.localeCompare(b.path) || a.line - b.line);
      const wanted = expected.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
      expect(actual).toEqual(wanted);
      expect(report.stats.decoded).toBeGreaterThanOrEqual(7);
      expect(report.stats.utf16).toBe(3);
      expect(report.stats.utf32).toBe(2);
      expect(report.stats.binary).toBeGreaterThanOrEqual(1);
    });

    it('finds nothing in random base64, hex of random bytes, HTML full of references, mail, random data, images, minified bundles, lockfiles and UUIDs', async () => {
      const { report, code } = await scanWith(source, negativeFixtures());
      expect(report.findings).toEqual([]);
      expect(code).toBe(0);
    });
  },
);

describe('large files', () => {
  it('streams a file of any size in overlapping chunks: a key across a chunk boundary is found once, lines counted from the start', async () => {
    repo = tempRepo();
    const path = join(repo.dir, 'huge.log');
    const across = floraKey();
    const atEnd = floraKey();
    const line = 'x'.repeat(99) + '\n'; // 100 bytes a line
    const fd = openSync(path, 'w');
    const block = Buffer.from(line.repeat(10_000)); // 1,000,000 bytes
    for (let i = 0; i < 16; i++) writeSync(fd, block); // 16,000,000 bytes, 160,000 lines
    // The 16 MiB chunk boundary (16,777,216) falls inside this key.
    const pad = 16 * 1024 * 1024 - 16_000_000 - 20;
    writeSync(fd, Buffer.from('y'.repeat(pad - 1) + ' ' + across + '\n'));
    for (let i = 0; i < 20; i++) writeSync(fd, block);
    writeSync(fd, Buffer.from(`last ${atEnd}\n`));
    closeSync(fd);
    const { report } = await runJson([], { cwd: repo.dir });
    expect(report.stats.streamed).toBe(1);
    expect(report.findings.map((f: Expected) => [f.secretSha256, f.line, f.column])).toEqual([
      [sha256Hex(across), 160_001, pad + 1],
      [sha256Hex(atEnd), 160_002 + 200_000, 6],
    ]);
    rmSync(path);
  });

  it('a size limit skips and names files above it', async () => {
    repo = tempRepo();
    writeFileSync(join(repo.dir, 'dump.sql'), 'x'.repeat(5000));
    const { report } = await runJson(['--max-file-size', '4KB'], { cwd: repo.dir });
    expect(report.stats.skipped).toEqual([
      { path: 'dump.sql', reason: expect.stringContaining('larger than the size limit') },
    ]);
  });
});
