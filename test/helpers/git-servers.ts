// Real git transports on 127.0.0.1 for audit tests: `git daemon` (git://) and `git http-backend` behind
// a small HTTP server (http://, with basic auth for private repositories), and a stand-in for GitHub's
// REST API. Every server is part of git or node; none is a mock of the code under test.

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, createServer as createNetServer } from 'node:net';
import { join } from 'node:path';

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => (socket.destroy(), resolve(true)));
    socket.on('error', () => resolve(false));
  });
}

export interface Running {
  port: number;
  close(): Promise<void>;
}

/** `git daemon` exporting every repository under `base`, on a free port. */
export async function gitDaemon(base: string): Promise<Running> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    'git',
    [
      'daemon',
      `--base-path=${base}`,
      '--export-all',
      '--reuseaddr',
      '--listen=127.0.0.1',
      `--port=${port}`,
      base,
    ],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 200 && !(await accepts(port)); i++)
    await new Promise((r) => setTimeout(r, 25));
  return {
    port,
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

async function listen(server: Server): Promise<Running> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const HTTP_BACKEND = join(
  execFileSync('git', ['--exec-path'], { encoding: 'utf8' }).trim(),
  'git-http-backend',
);

/** Runs git http-backend (CGI) for one request. */
function cgi(root: string, req: IncomingMessage, res: ServerResponse, user: string | null): void {
  const url = new URL(req.url!, 'http://127.0.0.1');
  const child = spawn(HTTP_BACKEND, [], {
    env: {
      PATH: process.env.PATH,
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.slice(1),
      REQUEST_METHOD: req.method!,
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      ...(req.headers['content-encoding']
        ? { HTTP_CONTENT_ENCODING: req.headers['content-encoding'] }
        : {}),
      ...(req.headers['git-protocol'] ? { GIT_PROTOCOL: String(req.headers['git-protocol']) } : {}),
      ...(user ? { REMOTE_USER: user } : {}),
    },
  });
  req.pipe(child.stdin);
  let head = Buffer.alloc(0);
  let headerDone = false;
  child.stdout.on('data', (chunk: Buffer) => {
    if (headerDone) return void res.write(chunk);
    head = Buffer.concat([head, chunk]);
    const end = head.indexOf('\r\n\r\n');
    if (end < 0) return;
    headerDone = true;
    let status = 200;
    for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() === 'status') status = Number(value.split(' ')[0]);
      else res.setHeader(name, value);
    }
    res.writeHead(status);
    res.write(head.subarray(end + 4));
  });
  child.stdout.on('end', () => (headerDone ? res.end() : res.writeHead(500).end()));
}

/**
 * git http-backend for every repository under `root`; a repository named in `private` needs basic
 * auth with `user`:`password` (401 otherwise). Every Authorization header received is recorded.
 */
export async function httpGit(
  root: string,
  auth: { private: Set<string>; user: string; password: string },
): Promise<Running & { authorizations: string[] }> {
  const authorizations: string[] = [];
  const expected = 'Basic ' + Buffer.from(`${auth.user}:${auth.password}`).toString('base64');
  const server = createServer((req, res) => {
    const given = req.headers.authorization;
    if (given) authorizations.push(given);
    const name = new URL(req.url!, 'http://x').pathname.split('/')[1] ?? '';
    if (auth.private.has(name) && given !== expected) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="git"' }).end();
      return;
    }
    cgi(root, req, res, given === expected ? auth.user : null);
  });
  return { ...(await listen(server)), authorizations };
}

export interface ApiRepo {
  full_name: string;
  clone_url: string;
  fork?: boolean;
  archived?: boolean;
  private?: boolean;
}

/**
 * GitHub's REST API for one organisation: `perPage` repositories a page with Link headers, private
 * ones only for `token`, the first request answered 429 with retry-after: 1, and the first request
 * for page 2 answered 403 with the limit spent until the next second (x-ratelimit-reset).
 */
export async function githubStandIn(
  org: string,
  repos: ApiRepo[],
  token: string,
  perPage = 2,
): Promise<Running & { requests: string[] }> {
  const requests: string[] = [];
  let limited = false;
  let spent = false;
  const server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    if (!limited) {
      limited = true;
      res.writeHead(429, { 'retry-after': '1' }).end('{"message":"rate limited"}');
      return;
    }
    if (url.pathname !== `/orgs/${org}/repos`) return void res.writeHead(404).end('{}');
    if (url.searchParams.get('page') === '2' && !spent) {
      spent = true;
      res
        .writeHead(403, {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000)),
        })
        .end('{"message":"API rate limit exceeded"}');
      return;
    }
    const authorized = req.headers.authorization === `Bearer ${token}`;
    const visible = repos.filter((r) => authorized || !r.private);
    const page = Number(url.searchParams.get('page') ?? '1');
    const slice = visible.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (page * perPage < visible.length) {
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      headers.link = `<http://127.0.0.1:${(server.address() as { port: number }).port}${next.pathname}${next.search}>; rel="next"`;
    }
    res
      .writeHead(200, headers)
      .end(JSON.stringify(slice.map((r) => ({ fork: false, archived: false, ...r }))));
  });
  return { ...(await listen(server)), requests };
}
