// `flora-keyscan verify`: is this one key live? The key comes from stdin or FLORA_API_KEY, never from
// an argument (that would land in shell history). Exit 0 live, 1 inactive, 2 unknown or error.

import type { Readable } from 'node:stream';
import type { Invocation, Io } from '../cli.js';
import { UsageError, UserError } from '../errors.js';
import { loadRules } from '../rules/load.js';
import { Engine } from '../scan/engine.js';
import { redact } from '../scan/secret.js';
import { probeKey } from '../verify/probe.js';
import { chooseFormat, probeOptions } from './common.js';

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export async function runVerify({ args, flags }: Invocation, io: Io): Promise<number> {
  if (args.length) throw new UsageError('verify takes no key argument (it would land in your shell history): pipe the key on stdin or set FLORA_API_KEY');
  const format = chooseFormat(flags, io);
  const options = await probeOptions(flags, io);
  const fromStdin = io.stdin && !(io.stdin as Readable & { isTTY?: boolean }).isTTY ? (await readAll(io.stdin)).trim() : '';
  const key = fromStdin || (io.env.FLORA_API_KEY ?? '').trim();
  if (!key) throw new UserError('no key to verify: pipe it on stdin (flora-keyscan verify < key.txt) or set FLORA_API_KEY');
  // The same engine decides what the key is: another provider's key is never sent to FLORA.
  const rules = loadRules();
  const [finding] = new Engine(rules).scan(Buffer.from(key), { kind: 'file', path: 'stdin' }).findings;
  if (!finding || finding.secret !== key) throw new UserError(`this does not look like a FLORA key (${redact(key)}): expected sk_live_… or sk_test_… with a random body`);
  if (finding.provider !== 'flora') throw new UserError(`this looks like a ${finding.provider} key (${finding.redacted}); it is never sent to FLORA`);
  const probe = rules.find((r) => r.id === finding.ruleId)?.verify;
  if (!probe) throw new UserError(`rule ${finding.ruleId} has no live check`);
  const verdict = await probeKey(key, probe, options);
  if (format === 'json') io.stdout.write(JSON.stringify({ redacted: finding.redacted, secretSha256: finding.secretSha256, verification: verdict }, null, 2) + '\n');
  else {
    const detail = [verdict.httpStatus && `HTTP ${verdict.httpStatus}`, verdict.code, verdict.reason].filter(Boolean).join(', ');
    io.stdout.write(`${finding.redacted}: ${verdict.status.toUpperCase()}${detail ? ` (${detail})` : ''}\n`);
    if (verdict.requestId) io.stdout.write(`request-id: ${verdict.requestId} (quote it to FLORA support)\n`);
  }
  return verdict.status === 'live' ? 0 : verdict.status === 'inactive' ? 1 : 2;
}
