#!/usr/bin/env node
// Hostile inputs, timed: content crafted to be slow, hostile packs, a loose zlib bomb, a config
// regex that backtracks, and archive bombs. Prints time and peak RSS (from /usr/bin/time) against the budgets of the
// untrusted-input work: content <= 2 s, packs <= 5 s and <= 512 MB.
//   node bench/hostile.mjs            (needs a built dist/: npm run compile; and /usr/bin/time)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { HOSTILE_PACKS, writeLooseBomb } from '../test/fixtures/hostile-packs.mjs';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
if (!existsSync(bin)) throw new Error('build first: npm run compile');
const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
const work = mkdtempSync(join(tmpdir(), 'fks-hostile-'));

function gitRepo(name, bare = false) {
  const dir = join(work, name);
  execFileSync('git', ['init', '-q', ...(bare ? ['--bare'] : []), dir], { env });
  return dir;
}

/** Runs the CLI under /usr/bin/time: seconds, peak RSS in MB, exit code. */
function measure(args, cwd) {
  const out = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, bin, ...args], {
    cwd,
    env,
    encoding: 'utf8',
  });
  const [seconds, kb] = out.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { seconds, mb: Math.round(kb / 1024), code: out.status };
}

/** A zip of entries whose data is given already deflated (or `stored`), with the size to declare. */
function zipOf(entries) {
  const parts = [];
  const central = [];
  let offset = 0;
  for (const { name, data, size, stored } of entries) {
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size ?? data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(stored ? 0 : 8, 10);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(size ?? data.length, 24);
    c.writeUInt16LE(n.length, 28);
    c.writeUInt32LE(offset, 42);
    parts.push(local, n, data);
    central.push(c, n);
    offset += 30 + n.length + data.length;
  }
  return Buffer.concat([...parts, ...central, endOf(entries.length, central, offset)]);
}

function endOf(count, central, offset) {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(count, 0xfffe), 8);
  end.writeUInt16LE(Math.min(count, 0xfffe), 10);
  end.writeUInt32LE(
    central.reduce((n, b) => n + b.length, 0),
    12,
  );
  end.writeUInt32LE(offset, 16);
  return end;
}

/** A one-entry zip's central record repeated `times`: every entry reads the same data. */
function overlapping(one, times) {
  const cdStart = one.readUInt32LE(one.length - 6);
  const record = one.subarray(cdStart, one.length - 22);
  const central = Array(times).fill(record);
  return Buffer.concat([one.subarray(0, cdStart), ...central, endOf(times, central, cdStart)]);
}

const sig = Buffer.from('sk_live_').toString('base64').slice(0, 8);
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** A key-shaped value made up here and now (never a literal in our repository). */
const key = () =>
  'sk_' +
  'live_' +
  Array.from({ length: 40 }, () => BASE62[Math.floor(Math.random() * 62)]).join('');
const staircase = Array.from({ length: 300 }, (_, i) => ' '.repeat(300 - i) + 'x:').join('\n');
const content = {
  '1 MB of "flora" on one line': 'flora'.repeat(200_000),
  '1.1 MB of a repeated base64 signature': sig.repeat(140_000),
  '70k base64 tokens decoding to the prefix': (
    Buffer.from('sk_live_AAAA').toString('base64') + ' '
  ).repeat(70_000),
  '1 MB of sk_live_ without bodies': 'sk_live_'.repeat(130_000),
  '170k escaped underscores': '\\u005f'.repeat(170_000),
  '40k FLORA settings on one line': ('FLORA_API_KEY=' + 'ab'.repeat(10) + ' ').repeat(40_000),
  // Provider evidence: every key needs file evidence, and the file is shaped to make that costly.
  '4000 keys between 4000 imports': Array.from(
    { length: 4000 },
    (_, i) => `import a${i} from "m${i}";\nk = "${key()}";`,
  ).join('\n'),
  '20k keys on one line under a 300-line staircase':
    staircase + '\n' + '  ' + Array.from({ length: 20_000 }, key).join(' '),
  '6k keys, one a line, under a staircase':
    staircase + '\n' + Array.from({ length: 6000 }, () => '  ' + key()).join('\n'),
};
const rows = [];
for (const [name, text] of Object.entries(content)) {
  const repo = gitRepo(`c${rows.length}`);
  writeFileSync(join(repo, 'hostile.txt'), text + '\n');
  rows.push({
    input: name,
    budget: '2 s',
    ...measure(['--format', 'json', '-o', '/dev/null', '.'], repo),
  });
}
{
  const repo = gitRepo('regex');
  writeFileSync(
    join(repo, 'flora-keyscan.config.json'),
    JSON.stringify({
      rules: [
        {
          id: 'slow',
          description: 'd',
          provider: 'x',
          severity: 'low',
          keywords: ['a'],
          pattern: '(?<secret>(a|aa)+b)',
          minEntropy: 0,
          examples: ['aab'],
        },
      ],
    }),
  );
  writeFileSync(join(repo, 'input.txt'), 'a'.repeat(41) + '!');
  rows.push({
    input: 'config rule (a|aa)+b on 42 bytes',
    budget: '2 s',
    ...measure(['--format', 'json', '-o', '/dev/null', '.'], repo),
  });
}
{
  // 1 MiB manifests (naming nothing) in 9 nested folders, 12 commits each adding a key deep inside:
  // the repository step reads each blob once, within its budget, whatever the commits.
  const repo = gitRepo('manifests');
  const names = [
    'package.json',
    'requirements.txt',
    'go.mod',
    'Gemfile',
    'composer.json',
    'pyproject.toml',
  ];
  let folder = repo;
  for (let depth = 0; depth < 9; depth++) {
    folder = join(folder, `d${depth}`);
    mkdirSync(folder);
    for (const name of names)
      writeFileSync(
        join(folder, name),
        name.endsWith('.json')
          ? JSON.stringify({ pad: 'w '.repeat(500_000) })
          : 'word '.repeat(200_000),
      );
  }
  const git = (...args) =>
    execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@b', ...args], { cwd: repo, env });
  for (let i = 0; i < 12; i++) {
    writeFileSync(join(folder, `k${i}.txt`), Array.from({ length: 7 }, key).join('\n') + '\n');
    git('add', '-A');
    git('commit', '-q', '-m', `c${i}`);
  }
  rows.push({
    input: 'history: 1 MiB manifests x 9 folders, 12 commits of keys',
    budget: '5 s, 512 MB',
    ...measure(['history', '--format', 'json', '-o', '/dev/null'], repo),
  });
  rows.push({
    input: 'worktree: the same, 84 keys',
    budget: '5 s, 512 MB',
    ...measure(['--format', 'json', '-o', '/dev/null', '.'], repo),
  });
}
for (const [name, make, options] of [
  ['pack: object inflating to 1 GiB, header says 100 B', HOSTILE_PACKS['inflate-bomb']],
  ['pack: 3000-deep delta chain, 512 KiB versions', HOSTILE_PACKS['deep-chain']],
  [
    'pack: the same chain with a keyword in every version',
    HOSTILE_PACKS['deep-chain'],
    { keyword: true },
  ],
  ['pack: 60k self-referencing deltas', HOSTILE_PACKS['self-deltas']],
  ['loose: zlib bomb of 1 GiB', writeLooseBomb],
]) {
  const repo = gitRepo(`p${rows.length}`, true);
  make(join(repo, 'objects'), options);
  rows.push({
    input: name,
    budget: '5 s, 512 MB',
    ...measure(['history', '--all-objects', '--format', 'json', '-o', '/dev/null', repo], repo),
  });
}
{
  // Archive bombs (see src/archive/expand.ts): every one named in the report, none read past its cap.
  const block = deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: constants.Z_FULL_FLUSH });
  /** Raw deflate of `mib` MiB of zeros: one compressed MiB repeated (a full flush ends each). */
  const zeros = (mib) =>
    Buffer.concat([...Array(mib).fill(block), deflateRawSync(Buffer.alloc(0))]);
  const bombs = {
    'zip: entry says 10 B, inflates to 1 GiB': () =>
      zipOf([{ name: 'z', data: zeros(1024), size: 10 }]),
    'gzip of 1 GiB of zeros': () =>
      Buffer.concat([
        Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]),
        zeros(1024),
        Buffer.alloc(8),
      ]),
    'zip of 16 zips of 16 x 64 MiB (16 GiB)': () =>
      zipOf(
        Array.from({ length: 16 }, (_, i) => ({
          name: `${i}.zip`,
          data: zipOf(
            Array.from({ length: 16 }, (_, j) => ({
              name: `${j}`,
              data: zeros(64),
              size: 64 << 20,
            })),
          ),
          stored: true,
        })),
      ),
    '20k entries sharing one 64 MiB stream (overlapping)': () => {
      const one = zipOf([{ name: 'a', data: zeros(64), size: 64 << 20 }]);
      return overlapping(one, 20_000);
    },
    '200k empty entries': () =>
      zipOf(
        Array.from({ length: 200_000 }, (_, i) => ({
          name: `e${i}`,
          data: Buffer.alloc(0),
          stored: true,
        })),
      ),
  };
  for (const [name, make] of Object.entries(bombs)) {
    const repo = gitRepo(`a${rows.length}`);
    writeFileSync(join(repo, 'bomb.zip'), make());
    rows.push({
      input: `archive: ${name}`,
      budget: '2 s, 512 MB',
      ...measure(['--format', 'json', '-o', '/dev/null', '.'], repo),
    });
  }
}
rmSync(work, { recursive: true, force: true });

console.log(
  'input'.padEnd(54),
  'seconds'.padStart(8),
  'peak MB'.padStart(8),
  'exit'.padStart(5),
  '  budget',
);
for (const r of rows) {
  const over = r.seconds > parseFloat(r.budget) || (r.budget.includes('MB') && r.mb > 512);
  console.log(
    r.input.padEnd(54),
    r.seconds.toFixed(2).padStart(8),
    String(r.mb).padStart(8),
    String(r.code).padStart(5),
    `  ${r.budget}${over ? '  OVER' : ''}`,
  );
}
