// A local HTTP server on 127.0.0.1 that plays FLORA's API for probes: each key is told how to answer.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behaviour =
  | 'live'
  | 'revoked'
  | 'unauthorized'
  | 'credits'
  | 'forbidden'
  | 'not-found'
  | 'html'
  | 'reset'
  | 'redirect'
  /** A live answer whose body goes on for 200 MB (and more, if read). */
  | 'endless'
  | { status: number; code?: string; retryAfter?: string; delayMs?: number };

export interface Request {
  method: string;
  url: string;
  authorization: string | undefined;
  at: number;
}

export interface FloraServer {
  url: string;
  requests: Request[];
  maxInFlight: number;
  /** Answers for a key, used in order; the last one repeats. */
  set(key: string, ...answers: Behaviour[]): void;
  close(): Promise<void>;
}

let counter = 0;

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, {
    'content-type': 'application/json',
    'request-id': `req_test${++counter}`,
    ...headers,
  });
  res.end(JSON.stringify(body));
}

export async function startFloraServer(): Promise<FloraServer> {
  const answers = new Map<string, Behaviour[]>();
  const requests: Request[] = [];
  let inFlight = 0;
  const state = { maxInFlight: 0 };
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const authorization = req.headers.authorization;
    requests.push({ method: req.method ?? '', url: req.url ?? '', authorization, at: Date.now() });
    const key = authorization?.replace(/^\S+ /, '') ?? ''; // any scheme: Bearer, Token
    const queue = answers.get(key);
    if (!queue)
      return send(res, 401, { error: { code: 'invalid_api_key', message: 'Invalid API key' } });
    const answer = queue.length > 1 ? queue.shift()! : queue[0]!;
    if (typeof answer === 'object') {
      if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
      if (res.destroyed) return;
      return send(
        res,
        answer.status,
        answer.status < 300
          ? { data: [], next_cursor: null }
          : { error: { code: answer.code ?? 'error', message: 'test' } },
        answer.retryAfter ? { 'retry-after': answer.retryAfter } : {},
      );
    }
    switch (answer) {
      case 'live':
        return send(res, 200, { data: [{ id: 'tech_1' }], next_cursor: null });
      case 'revoked':
        return send(res, 401, { error: { code: 'invalid_api_key', message: 'Invalid API key' } });
      case 'unauthorized':
        return send(res, 401, { error: { code: 'unauthorized', message: 'Unauthorized' } });
      case 'credits':
        return send(res, 402, { error: { code: 'insufficient_credits', message: 'No credits' } });
      case 'forbidden':
        return send(res, 403, { error: { code: 'forbidden', message: 'Forbidden' } });
      case 'not-found':
        return send(res, 404, { error: { code: 'not_found', message: 'Not found' } });
      case 'html':
        res.writeHead(200, { 'content-type': 'text/html', 'request-id': `req_test${++counter}` });
        return res.end('<html><body>Sign in</body></html>');
      case 'redirect':
        res.writeHead(302, { location: 'https://elsewhere.example/collect' });
        return res.end();
      case 'reset':
        return req.socket.destroy();
      case 'endless': {
        res.writeHead(200, {
          'content-type': 'application/json',
          'request-id': `req_test${++counter}`,
        });
        res.write('{"data":[');
        const chunk = Buffer.from('{"id":"tech_1","name":"' + 'x'.repeat(1000) + '"},'.repeat(1));
        let sent = 0;
        const pump = () => {
          while (sent < 200 * 1024 * 1024 && !res.destroyed) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end(']}');
        };
        return pump();
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v1`,
    requests,
    get maxInFlight() {
      return state.maxInFlight;
    },
    set: (key, ...list) => answers.set(key, list),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
