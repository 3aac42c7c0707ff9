// Each audited repository is kept as a bare mirror (every ref) in the cache folder: cloned once with
// `git clone --mirror`, brought up to date with `git fetch --prune` on later runs. git is given the URL
// without credentials (so its config, its messages and our logs never hold them); an http(s)
// password or token reaches git only as a header in this process's environment, for this URL.

import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Git, GitError, type Env } from '../git.js';
import { mirrorName, type Target } from './targets.js';

/** Transports an audit may use: never `ext::` or other helpers a listed URL could ask for. */
const ALLOWED_PROTOCOLS = 'http:https:ssh:git:file';

/** The environment of one fetch: its credentials as an extra header scoped to its own URL. */
function fetchEnv(target: Target, env: Env): Env {
  const out: Env = { ...env, GIT_ALLOW_PROTOCOL: ALLOWED_PROTOCOLS };
  if (!target.credentials) return out;
  const count = Number(env.GIT_CONFIG_COUNT) || 0;
  out[`GIT_CONFIG_KEY_${count}`] = `http.${target.url}.extraHeader`;
  out[`GIT_CONFIG_VALUE_${count}`] =
    `Authorization: Basic ${Buffer.from(target.credentials).toString('base64')}`;
  out.GIT_CONFIG_COUNT = String(count + 1);
  return out;
}

/** git's complaint, with any credential it might echo blanked out. */
function scrubbed(error: unknown, target: Target): Error {
  let message = error instanceof Error ? error.message : String(error);
  const secrets = target.credentials
    ? [
        target.credentials,
        ...target.credentials.split(':'),
        Buffer.from(target.credentials).toString('base64'),
      ]
    : [];
  for (const s of secrets.filter((s) => s.length >= 3)) message = message.replaceAll(s, '***');
  return new GitError(message);
}

export interface Mirrored {
  dir: string;
  /** Whether this run cloned it (false: an earlier mirror was fetched). */
  cloned: boolean;
}

/** Clones or fetches `target` into its mirror under `cache`; throws a GitError that names no credential. */
export async function mirror(target: Target, cache: string, env: Env): Promise<Mirrored> {
  mkdirSync(cache, { recursive: true });
  const dir = join(cache, mirrorName(target.repository));
  const git = new Git(cache, fetchEnv(target, env)).withNetwork();
  try {
    if (existsSync(join(dir, 'config'))) {
      await git.at(dir).run(['fetch', '--prune', '--quiet', 'origin']);
      return { dir, cloned: false };
    }
    // Cloned beside its place and moved there once complete: a clone cut short is never taken for a mirror.
    const partial = `${dir}.partial-${randomBytes(4).toString('hex')}`;
    try {
      await git.run(['clone', '--mirror', '--quiet', '--', target.url, partial]);
      renameSync(partial, dir);
    } finally {
      rmSync(partial, { recursive: true, force: true });
    }
    return { dir, cloned: true };
  } catch (error) {
    throw scrubbed(error, target);
  }
}
