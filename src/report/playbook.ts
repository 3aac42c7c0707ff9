// The remediation playbook: what to do about each secret, tailored to what we know of it (live or
// not, only staged or already in history). Provider-specific steps (where to revoke, how to rotate)
// come from the provider's rule file; this module only chooses and orders them. Pure functions of a report.

import { dateOf, type Finding } from '../findings.js';
import type { HistoryFacts } from '../history/facts.js';
import type { ProviderSpec, StepSpec } from '../rules/types.js';
import type { Exposure } from '../sources/source.js';
import { groupBySecret, type SecretGroup } from './group.js';
import type { Report } from './types.js';

export type PlaybookStep = StepSpec;

export interface SecretPlaybook {
  secretSha256: string;
  redacted: string;
  provider: string;
  /**
   * The key's status: live, inactive or unknown (unknown also when not verified); other-provider when
   * it cannot be checked; public-example for a published documentation key (no one's account).
   */
  status: 'live' | 'inactive' | 'unknown' | 'other-provider' | 'public-example';
  /** Where it is: only in what is about to be committed, in files, or already in commits. */
  exposure: Exposure;
  steps: PlaybookStep[];
}

const step = (id: string, title: string, detail: string): PlaybookStep => ({ id, title, detail });

const PURGE = [
  step(
    'purge',
    'Purge it from history',
    'Run flora-keyscan history --write-purge DIR (outside this repository), review DIR/purge.sh, and run it: it rewrites every branch and tag with git filter-repo, replacing the key in every form it was found in.',
  ),
  step(
    'force-push',
    'Force-push every branch and tag',
    'git push --force --all <remote> && git push --force --tags <remote>; then have every collaborator re-clone (an old clone, fork or pull-request ref still holds the key).',
  ),
  step(
    'compromised',
    'Treat the key as compromised anyway',
    'Purging does not un-leak: scanners, caches, forks and CI logs may already hold it. Revoke it even if the purge succeeds.',
  ),
];

/** Prevention that is about the tool, not a provider. */
const HOOK_STEP = step(
  'hook',
  'Block the next one',
  'Install the hook: npx flora-keyscan install (and --hook pre-push).',
);

/** What a playbook needs to know of the scan. */
export type PlaybookContext = Pick<Report, 'exposure' | 'rules' | 'providers' | 'verified'>;

function providerOf(report: Pick<Report, 'providers'>, id: string): ProviderSpec | undefined {
  return report.providers.find((p) => p.id === id);
}

/** Where the key belongs instead of the code: the provider's variable, or any environment variable. */
export function keyHome(report: Pick<Report, 'providers'>, providerId: string): string {
  const envVar = providerOf(report, providerId)?.envVar;
  return envVar ? `the ${envVar} environment variable` : 'an environment variable';
}

function fill(s: PlaybookStep, g: SecretGroup): PlaybookStep {
  const id = g.verification?.requestId;
  const requestIds = id
    ? `Quote the request-id of our probe, ${id}, and the time it was checked.`
    : 'Quote the request-ids from your own logs of calls made with this key.';
  return {
    ...s,
    detail: s.detail
      .replaceAll('{{redacted}}', g.redacted)
      .replaceAll('{{requestIds}}', requestIds),
  };
}

/** Whether some rule of the provider can ask if a key is live: only then is its status known. */
function checkable(report: PlaybookContext, providerId: string): boolean {
  return report.rules.some((r) => r.provider === providerId && r.verifiable);
}

function statusSteps(
  report: PlaybookContext,
  g: SecretGroup,
  status: SecretPlaybook['status'],
): PlaybookStep[] {
  const provider = providerOf(report, g.provider);
  const rotation = (provider?.rotation ?? []).map((s) => fill(s, g));
  const v = g.verification;
  if (status === 'other-provider') {
    if (rotation.length) return rotation;
    const rule = report.rules.find((r) => r.id === g.ruleId);
    return [
      step(
        'other-provider',
        `Rotate this ${provider?.name ?? g.provider} key with ${provider?.name ?? g.provider}`,
        rule?.remediation ?? `Rotate it with ${provider?.name ?? g.provider}.`,
      ),
    ];
  }
  if (status === 'live') return rotation;
  if (status === 'inactive') {
    return [
      step(
        'inactive',
        'Already revoked or invalid',
        `${provider?.name ?? g.provider} answered HTTP ${v?.httpStatus}${v?.code ? ` ${v.code}` : ''}: this key no longer works. Nothing to revoke; still remove it from files and history.`,
      ),
    ];
  }
  if (g.providerEvidence.kind === 'none' && v?.status !== 'unknown') {
    const name = provider?.name ?? g.provider;
    return [
      step(
        'whose-key',
        `Find out whose key it is, then treat it as live`,
        `Nothing ties it to ${name}: other providers (Stripe, Clerk, …) issue keys with the same prefix. Find where it came from; if it is a ${name} key, act as if it works (--verify --verify-unattributed checks it).`,
      ),
      ...rotation,
    ];
  }
  const treat = report.verified
    ? step(
        'treat-as-live',
        'Status unknown: treat it as live',
        `The probe could not tell (${g.verification?.reason ?? 'no answer'}). Act as if the key works.`,
      )
    : step(
        'treat-as-live',
        'Not verified: treat it as live',
        'Run again with --verify to learn whether the key still works; until then act as if it does.',
      );
  return [treat, ...rotation];
}

/** A published example belongs to no account: nothing to revoke or purge, only code to fix. */
function publicExamplePlaybook(report: PlaybookContext, g: SecretGroup): SecretPlaybook {
  const name = providerOf(report, g.provider)?.name ?? g.provider;
  return {
    secretSha256: g.secretSha256,
    redacted: g.redacted,
    provider: g.provider,
    status: 'public-example',
    exposure: report.exposure,
    steps: [
      step(
        'public-example',
        `A published ${name} example key`,
        `${g.redacted} is published in ${g.providerEvidence.detail}: it belongs to no one's account, so there is nothing to revoke or purge, and it is never sent anywhere. If this code should run against a real account, read the key from ${keyHome(report, g.provider)} instead.`,
      ),
    ],
  };
}

export function playbookFor(report: PlaybookContext, g: SecretGroup): SecretPlaybook {
  if (g.publicExample) return publicExamplePlaybook(report, g);
  const where = report.exposure;
  const v = g.verification?.status;
  const status: SecretPlaybook['status'] = !checkable(report, g.provider)
    ? 'other-provider'
    : v === 'live'
      ? 'live'
      : v === 'inactive'
        ? 'inactive'
        : 'unknown';
  const home = keyHome(report, g.provider);
  const steps: PlaybookStep[] = [];
  if (where === 'staged') {
    steps.push(
      step(
        'unstage',
        'Nothing has leaked yet: remove it',
        `Remove the key from the staged file, read it at run time from ${home}, and git add the file again. If the key was ever shared elsewhere (a chat, a ticket), rotate it anyway.`,
      ),
    );
  } else {
    steps.push(...statusSteps(report, g, status));
  }
  if (where === 'history') steps.push(...PURGE);
  if (where === 'working-tree')
    steps.push(
      step(
        'remove',
        'Remove it from the files',
        `Delete the key from the files listed and read it from ${home} at run time. If it was ever committed, run flora-keyscan history: it may be in history already.`,
      ),
    );
  return {
    secretSha256: g.secretSha256,
    redacted: g.redacted,
    provider: g.provider,
    status,
    exposure: where,
    steps,
  };
}

export function playbooks(report: Report): SecretPlaybook[] {
  return groupBySecret(report.findings).map((g) => playbookFor(report, g));
}

/** How not to leak the next one: the prevention of every provider found (or of all, without findings), then the hook. */
export function prevention(report: Pick<Report, 'providers' | 'findings'>): PlaybookStep[] {
  const found = new Set(report.findings.map((f) => f.provider));
  const providers = found.size ? report.providers.filter((p) => found.has(p.id)) : report.providers;
  const seen = new Set<string>();
  const steps = providers
    .flatMap((p) => p.prevention)
    .filter((s) => !seen.has(s.id) && seen.add(s.id));
  return [...steps, HOOK_STEP];
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
  const dates = findings
    .map(dateOf)
    .filter((d): d is string => d !== null)
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  const live = new Set(
    findings.filter((f) => f.verification?.status === 'live').map((f) => f.secretSha256),
  );
  return {
    uniqueKeys: new Set(findings.map((f) => f.secretSha256)).size,
    live: live.size,
    firstCommitDate: dates[0] ?? null,
    lastCommitDate: dates.at(-1) ?? null,
    refs: [...new Set(Object.values(facts.refsBySecret).flat())].sort(),
    hasRemote: facts.hasRemote,
  };
}
