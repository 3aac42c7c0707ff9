// Globs as .gitignore users write them, matched in linear time.
import { describe, expect, it } from 'vitest';
import { compileGlob, compileGlobs } from '../src/glob.js';
import { runJson } from './helpers/cli.js';
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
    ['file{1..3}.txt', ['file2.txt'], ['file4.txt']],
    ['.env*', ['.env.local', 'a/.env'], ['x.env']],
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

  it('a glob that needs lookaround is refused in words', () => {
    expect(() => compileGlob('x/!(y).js')).toThrow(/cannot match safely/);
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
