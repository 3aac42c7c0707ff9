// Real git repositories in temp folders, with an identity per repo (a fresh machine has no global one).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** No user or system git config leaks into tests: they run as on a fresh machine. */
export const GIT_ENV = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
};

export interface TempRepo {
  dir: string;
  git(...args: string[]): string;
  write(path: string, content: string | Buffer): void;
  /** Writes, stages and commits files; returns the new commit id. */
  commit(files: Record<string, string | Buffer>, message?: string): string;
  cleanup(): void;
}

export function tempDir(prefix = 'fks-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function tempRepo(options: { init?: boolean } = {}): TempRepo {
  const dir = tempDir();
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      env: { ...process.env, ...GIT_ENV },
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  const write = (path: string, content: string | Buffer) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  if (options.init !== false) {
    git('init', '-q', '-b', 'main');
    git('config', 'user.name', 'Test User');
    git('config', 'user.email', 'test@example.com');
    git('config', 'commit.gpgsign', 'false');
  }
  return {
    dir,
    git,
    write,
    commit(files, message = 'change') {
      for (const [path, content] of Object.entries(files)) write(path, content);
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD').trim();
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
