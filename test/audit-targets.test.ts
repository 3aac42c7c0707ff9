import { describe, expect, it } from 'vitest';
import { inShard, mirrorName, parseShard, parseTarget, repoLines } from '../src/audit/targets.js';
import { nextLink } from '../src/audit/github.js';
import { randomBase62 } from './helpers/keys.js';

describe('audit targets', () => {
  it('takes credentials out of http(s) URLs and keeps every other form as git reads it', () => {
    const password = randomBase62(20);
    const https = parseTarget(`https://ci:${password}@git.example.com/org/repo.git`, '/w');
    expect(https).toEqual({
      repository: 'https://git.example.com/org/repo.git',
      url: 'https://git.example.com/org/repo.git',
      credentials: `ci:${password}`,
    });
    expect(parseTarget('ssh://git@git.example.com:2222/org/repo.git', '/w').repository).toBe(
      'ssh://git@git.example.com:2222/org/repo.git',
    );
    expect(parseTarget(`ssh://git:${password}@h/r.git`, '/w').repository).toBe('ssh://git@h/r.git');
    expect(parseTarget('git@github.com:org/repo.git', '/w')).toEqual({
      repository: 'git@github.com:org/repo.git',
      url: 'git@github.com:org/repo.git',
    });
    expect(parseTarget(`git:${password}@github.com:org/repo.git`, '/w').url).toBe(
      'git@github.com:org/repo.git',
    );
    expect(parseTarget('git://127.0.0.1:9418/r.git', '/w').url).toBe('git://127.0.0.1:9418/r.git');
    expect(parseTarget('file:///srv/r.git', '/w').url).toBe('file:///srv/r.git');
    expect(parseTarget('repos/r.git', '/w').url).toBe('/w/repos/r.git');
    expect(parseTarget('./a:b', '/w').url).toBe('/w/a:b');
    // git would run `ext::` addresses as commands (and other helpers as programs): refused outright.
    expect(() => parseTarget('ext::sh -c evil', '/w')).toThrow(/remote helper/);
    expect(parseTarget('./ext::sh', '/w').url).toBe('/w/ext::sh');
    expect(() => parseTarget('ftp://h/r.git', '/w')).toThrow(/unsupported scheme ftp/);
    // A URL too broken to parse is named in the error with its userinfo masked, '/' or not.
    const broken = () => parseTarget(`https://ci:${password}/x@git.example.com:port/r`, '/w');
    expect(broken).toThrow('not a repository URL: https://…@git.example.com:port/r');
  });

  it('names mirrors with safe characters, one per repository', () => {
    const a = mirrorName('https://git.example.com/org/repo.git');
    expect(a).toMatch(/^[A-Za-z0-9._-]+\.git$/);
    expect(a.startsWith('git.example.com_org_repo-')).toBe(true);
    expect(mirrorName('https://git.example.com/org/repo')).toBe(a);
    expect(mirrorName('https://git.example.com/org/Repo.git')).not.toBe(a);
    expect(mirrorName('/../../etc/passwd')).toMatch(/^etc_passwd-[0-9a-f]{12}\.git$/);
  });

  it('reads --repos files and --shard', () => {
    expect(repoLines('# org\n a \n\nb # the second\r\n#c\n')).toEqual(['a', 'b']);
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    for (const bad of ['0/2', '3/2', '1', 'a/b', '1/0'])
      expect(() => parseShard(bad)).toThrow(/--shard/);
    const names = Array.from({ length: 200 }, (_, i) => `https://h/org/r${i}.git`);
    const shards = [1, 2, 3, 4].map((index) =>
      names.filter((n) => inShard(n, { index, count: 4 })),
    );
    expect(shards.flat().sort()).toEqual([...names].sort());
    for (const s of shards) expect(s.length).toBeGreaterThan(20);
  });

  it('follows Link headers', () => {
    expect(nextLink('<https://api/x?page=3>; rel="next", <https://api/x?page=9>; rel="last"')).toBe(
      'https://api/x?page=3',
    );
    expect(nextLink('<https://api/x?page=1>; rel="prev"')).toBeNull();
    expect(nextLink(null)).toBeNull();
  });
});
