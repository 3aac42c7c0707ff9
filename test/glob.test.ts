// Globs as .gitignore users write them, matched in linear time.
import { describe, expect, it } from 'vitest';
import { compileGlob, compileGlobs } from '../src/glob.js';
import { runCli, runJson } from './helpers/cli.js';
import { floraKey } from './helpers/keys.js';
import { tempRepo } from './helpers/repo.js';

describe('globs', () => {
  it.each([
    ['*.{env,txt}', ['a.env', 'deep/b.txt'], ['a.ts', 'env', 'a.env.ts']],
    ['[.]env', ['.env', 'x/.env', '.env/inner.ts'], ['aenv', '.envrc']],
    ['[!a]*.md', ['b.md', 'x/c.md'], ['a.md']],
    ['test/[a-c]*.js', ['test/a1.js', 'test/c.js'], ['test/d.js', 'src/test/a.js']],
    ['/root.txt', ['root.txt'], ['sub/root.txt']],
    ['docs/', ['docs/a.md', 'x/docs/b.md'], ['docs.md']],
    ['**/fixtures/**', ['fixtures/a', 'x/fixtures/y/z'], ['fixture/a']],
    ['src/**/*.ts', ['src/a.ts', 'src/x/y/b.ts'], ['lib/src/a.ts', 'src/a.js']],
    ['.env*', ['.env.local', 'a/.env'], ['x.env']],
    ['.*', ['.env', 'a/.git/config'], ['a/b']],
    ['a/.*.swp', ['a/.x.swp'], ['b/.x.swp', 'a/x.swp']],
    ['secrets/', ['secrets/a', 'x/secrets/b'], ['config/secrets']],
    ['./vendor', ['vendor/a.js'], ['src/vendor/a.js']],
    ['(a|b).txt', ['(a|b).txt'], ['a.txt']],
    ['+(a)', ['+(a)'], ['a', 'aa']],
  ])('%s', (glob, hits, misses) => {
    const test = compileGlob(glob);
    for (const path of hits) expect([path, test(path)]).toEqual([path, true]);
    for (const path of misses) expect([path, test(path)]).toEqual([path, false]);
  });

  it('a list reads in order: the last match decides and !glob re-includes', () => {
    const excluded = compileGlobs(['fixtures/**', '!fixtures/keep/**'])!;
    expect(excluded('fixtures/a.txt')).toBe(true);
    expect(excluded('fixtures/keep/a.txt')).toBe(false);
    expect(excluded('src/a.txt')).toBe(false);
  });

  it('a glob made to backtrack is matched in linear time', () => {
    const test = compileGlob('*a*a*a*a*a*a*a*a*a*a*b');
    // picomatch's own RegExp takes seconds on 100 characters; this is 100,000.
    expect(test('a'.repeat(100_000))).toBe(false);
  });

  it.each([
    ['x/\\\\\\\\', 'ends in a backslash'], // picomatch never returns on these
    ['file{1..100}', 'uses a range'],
    ['/', 'matches nothing or everything'],
    ['a'.repeat(2000), 'longer than 1024 characters'],
  ])('%j is refused in words, at once', (glob, why) => {
    expect(() => compileGlob(glob)).toThrow(why);
  });

  it('a list longer than 2000 globs is refused: each path is tested against each', () => {
    expect(() => compileGlobs(Array.from({ length: 2001 }, (_, i) => `x${i}/**`))).toThrow(
      '2001 globs: at most 2000',
    );
  });

  it('an ignore file line that would hang a glob parser is an error naming the line', async () => {
    const repo = tempRepo();
    try {
      repo.write('.flora-keyscan-ignore', '# reviewed\npath:x/\\\\\\\\\n');
      const result = await runCli([], { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('.flora-keyscan-ignore:2: glob');
      expect(result.stderr).toContain('ends in a backslash');
    } finally {
      repo.cleanup();
    }
  });

  it('config exclude and path: ignore entries take braces and classes', async () => {
    const repo = tempRepo();
    try {
      for (const name of ['a.env', 'b.txt', '.env', 'keep.ts', 'fixtures/x.ts'])
        repo.write(name, `FLORA_API_KEY=${floraKey()}\n`);
      repo.write('flora-keyscan.config.json', JSON.stringify({ exclude: ['*.{env,txt}'] }));
      repo.write('.flora-keyscan-ignore', 'path:[.]env\npath:fixture[s]/\n');
      const { report } = await runJson(['--include-ignored'], { cwd: repo.dir });
      const paths = report.findings.map((f: { path: string }) => f.path);
      expect(paths).toEqual(['keep.ts']);
    } finally {
      repo.cleanup();
    }
  });
});
