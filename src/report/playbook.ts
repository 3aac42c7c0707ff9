// The remediation playbook: what to do about each secret, tailored to what we know of it (live or
// not, only staged or already in history). All of its wording lives here, in our own words, after
// FLORA's authentication docs. Pure functions of a report.

import type { Finding, HistoryFacts, Report } from '../types.js';
import { groupBySecret, type SecretGroup } from './group.js';

export const API_KEYS_URL = 'https://app.flora.ai/projects?openSettings=true&initialTab=apiKeys';

export type PlaybookState = 'live' | 'inactive' | 'unknown' | 'staged' | 'history' | 'other-provider';

export interface PlaybookStep {
  id: string;
  title: string;
  detail: string;
}

export interface SecretPlaybook {
  secretSha256: string;
  redacted: string;
  provider: string;
  /** The key's status: live, inactive or unknown (unknown also when not verified). */
  status: 'live' | 'inactive' | 'unknown' | 'other-provider';
  /** Where it is: only in what is about to be committed, or already in commits. */
  exposure: 'staged' | 'working-tree' | 'history';
  steps: PlaybookStep[];
}

const step = (id: string, title: string, detail: string): PlaybookStep => ({ id, title, detail });

function requestIds(g: SecretGroup): string {
  const id = g.verification?.requestId;
  return id ? `Quote the request-id of our probe, ${id}, and the time it was checked.` : 'Quote the request-ids from your own logs of calls made with this key.';
}

const ROTATE = (g: SecretGroup) => [
  step('revoke', 'Revoke the key now', `In FLORA, Settings → API Keys (${API_KEYS_URL}), revoke ${g.redacted}. Revocation is immediate and cannot be undone: every request with it fails from then on.`),
  step('rotate', 'Create a new key and roll it out', 'Create a new key (FLORA shows it once), store it in a secrets manager or the FLORA_API_KEY environment variable, and deploy it. Each workspace has one active key and rotation has no overlap window: plan the cutover (create, deploy, then revoke fits only if brief downtime is acceptable), or ask FLORA support for a hot-swap window first.'),
  step('audit', 'Ask FLORA support to audit the key', `Ask support to review recent activity of the compromised key (runs, uploads, billing). ${requestIds(g)}`),
];

const PURGE = [
  step('purge', 'Purge it from history', 'Run flora-keyscan history --write-purge DIR (outside this repository), review DIR/purge.sh, and run it: it rewrites every branch and tag with git filter-repo, replacing the key in every form it was found in.'),
  step('force-push', 'Force-push every branch and tag', 'git push --force --all <remote> && git push --force --tags <remote>; then have every collaborator re-clone (an old clone, fork or pull-request ref still holds the key).'),
  step('compromised', 'Treat the key as compromised anyway', 'Purging does not un-leak: scanners, caches, forks and CI logs may already hold it. Revoke it even if the purge succeeds.'),
];

export const PREVENTION: PlaybookStep[] = [
  step('server-side', 'Keep keys server-side', 'Never ship a FLORA key to a browser or mobile app, and never hard-code it: read FLORA_API_KEY from the environment or a secrets manager (1Password, AWS Secrets Manager, GCP Secret Manager, Vault).'),
  step('separate', 'Separate workspaces and keys', 'Use separate workspaces and keys for production and staging, and one workspace per use case, to limit what a leaked key can reach.'),
  step('rotate-often', 'Rotate every 90 days', 'Rotate keys on a schedule, so a leaked old key is already dead.'),
  step('hook', 'Block the next one', 'Install the hook: npx flora-keyscan install (and --hook pre-push).'),
];

/** What a playbook needs to know of the scan. */
export type PlaybookContext = Pick<Report, 'mode' | 'rules' | 'verified'>;

function exposure(report: PlaybookContext): SecretPlaybook['exposure'] {
  if (report.mode === 'staged') return 'staged';
  if (report.mode === 'history' || report.mode === 'all-objects') return 'history';
  return 'working-tree';
}

export function playbookFor(report: PlaybookContext, g: SecretGroup): SecretPlaybook {
  const where = exposure(report);
  const status: SecretPlaybook['status'] = g.provider !== 'flora' ? 'other-provider' : g.verification?.status === 'live' ? 'live' : g.verification?.status === 'inactive' ? 'inactive' : 'unknown';
  const steps: PlaybookStep[] = [];
  if (where === 'staged') {
    steps.push(step('unstage', 'Nothing has leaked yet: remove it', 'Remove the key from the staged file, read it at run time from FLORA_API_KEY, and git add the file again. If the key was ever shared elsewhere (a chat, a ticket), rotate it anyway.'));
  } else if (status === 'other-provider') {
    const rule = report.rules.find((r) => r.id === g.ruleId);
    steps.push(step('other-provider', `Rotate this ${g.provider} key with ${g.provider}`, rule?.remediation ?? `This is not a FLORA key: rotate it with ${g.provider}.`));
  } else if (status === 'live') {
    steps.push(...ROTATE(g));
  } else if (status === 'inactive') {
    steps.push(step('inactive', 'Already revoked or invalid', `FLORA answered HTTP ${g.verification?.httpStatus}${g.verification?.code ? ` ${g.verification.code}` : ''}: this key no longer works. Nothing to revoke; still remove it from files and history.`));
  } else {
    steps.push(step('treat-as-live', report.verified ? 'Status unknown: treat it as live' : 'Not verified: treat it as live', report.verified ? `The probe could not tell (${g.verification?.reason ?? 'no answer'}). Act as if the key works.` : 'Run again with --verify to learn whether the key still works; until then act as if it does.'));
    steps.push(...ROTATE(g));
  }
  if (where === 'history') steps.push(...PURGE);
  if (where === 'working-tree') steps.push(step('remove', 'Remove it from the files', 'Delete the key from the files listed and read it from FLORA_API_KEY at run time. If it was ever committed, run flora-keyscan history: it may be in history already.'));
  return { secretSha256: g.secretSha256, redacted: g.redacted, provider: g.provider, status, exposure: where, steps };
}

export function playbooks(report: Report): SecretPlaybook[] {
  return groupBySecret(report.findings).map((g) => playbookFor(report, g));
}

export interface IncidentSummary {
  uniqueKeys: number;
  live: number;
  firstCommitDate: string | null;
  lastCommitDate: string | null;
  refs: string[];
  hasRemote: boolean;
}

/** The top of a history report: how bad is it? */
export function incidentSummary(findings: Finding[], facts: HistoryFacts): IncidentSummary {
  const dates = findings.map((f) => f.date).filter((d): d is string => Boolean(d)).sort();
  const live = new Set(findings.filter((f) => f.verification?.status === 'live').map((f) => f.secretSha256));
  return {
    uniqueKeys: new Set(findings.map((f) => f.secretSha256)).size,
    live: live.size,
    firstCommitDate: dates[0] ?? null,
    lastCommitDate: dates.at(-1) ?? null,
    refs: [...new Set(Object.values(facts.refsBySecret).flat())].sort(),
    hasRemote: facts.hasRemote,
  };
}
