// --verify: each unique FLORA key is probed once per run, at most `concurrency` at a time, and its
// verdict is attached to every finding of that key. Keys tied to another provider are never sent.

import type { Finding, RuleSpec, Verification } from '../types.js';
import { probeKey, type ProbeOptions } from './probe.js';

export interface VerifyOptions extends ProbeOptions {
  concurrency: number;
}

function skipped(reason: string): Verification {
  return { status: 'skipped', httpStatus: null, code: null, requestId: null, checkedAt: null, reason };
}

/** Runs `tasks` with at most `width` in flight. */
async function limited<T>(tasks: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, worker));
  return results;
}

export async function verifyFindings(findings: Finding[], rules: RuleSpec[], options: VerifyOptions): Promise<{ probes: number }> {
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const bySecret = new Map<string, Finding[]>();
  for (const f of findings) bySecret.set(f.secretSha256, [...(bySecret.get(f.secretSha256) ?? []), f]);
  const tasks: (() => Promise<void>)[] = [];
  for (const group of bySecret.values()) {
    const flora = group.filter((f) => f.provider === 'flora');
    if (flora.length === 0) continue; // other providers' findings keep verification: null
    const other = group.find((f) => f.provider !== 'flora');
    const probe = flora.map((f) => ruleById.get(f.ruleId)?.verify).find(Boolean);
    let result: Verification | null = null;
    if (other) result = skipped(`the same key is also found as a ${other.provider} key; it is never sent to FLORA`);
    else if (!probe) result = skipped('no live check for this rule (not shaped like a FLORA key)');
    if (result) {
      for (const f of flora) f.verification = result;
      continue;
    }
    const secret = flora[0]!.secret;
    tasks.push(async () => {
      const verdict = await probeKey(secret, probe!, options);
      for (const f of flora) f.verification = verdict;
    });
  }
  await limited(tasks, options.concurrency);
  return { probes: tasks.length };
}
