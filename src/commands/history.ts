// `flora-keyscan history [PATH]`: every blob, commit message and tag message in the repository is
// scanned once; findings are then attributed to the commits that introduced them. With
// --all-objects, objects no ref reaches count too; with --since REV, only the commits REV..HEAD.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { Invocation, Io } from '../cli.js';
import { UsageError, UserError } from '../errors.js';
import { gitRaw, OidList, requireRepository } from '../git.js';
import { attributeUnreachable, Attributor, type Introduction } from '../history/attribute.js';
import { blobsAtHead, CommitGraph, hasAnyRef, hasRemote, isShallow, RefReach, refTips } from '../history/facts.js';
import { emptyStats, makeReport, scanItems } from '../scan/run.js';
import { listAllObjects, listRange, readHistory, readStore, type CommitMeta, type ObjectList } from '../sources/history.js';
import type { SourceItem } from '../sources/item.js';
import { locateObjectStore } from '../sources/object-store.js';
import type { Finding, HistoryFacts, Report, ScanStats } from '../types.js';
import { CLEAN_AFTER_PURGE, PUSH_BLOCKED, purgeKitWritten } from '../messages.js';
import { applyFilters, checkFailOn, chooseFormat, emit, exitCode, probeOptions, setUp, verifyIfAsked, wholeNumber, type Setup } from './common.js';
import { progressPrinter } from './progress.js';

/**
 * One reading thread unless asked: with keys found, the audit waits on git's walk of every tree anyway,
 * which needs a CPU of its own, and each extra thread costs ~120 MB. More threads shorten audits that
 * find nothing, on machines with CPUs to spare.
 */
function readerThreads(asked: string | undefined): number {
  return asked ? wholeNumber(asked, '--threads', 1, 64) : 1;
}

function withIntroduction(f: Finding, i: Introduction): Finding {
  return { ...f, path: i.path, commit: i.commit, author: i.author, date: i.date };
}

async function gatherFacts(root: string, findings: Finding[], tags: Set<string>, reach: RefReach, shallow: boolean): Promise<HistoryFacts> {
  const remote = hasRemote(root);
  const headBlobs = await blobsAtHead(root);
  const refsBySecret: Record<string, string[]> = {};
  const atHeadBySecret: Record<string, boolean> = {};
  for (const f of findings) {
    const refs = new Set(refsBySecret[f.secretSha256] ?? []);
    if (f.commit) for (const r of await reach.refs(f.commit, tags.has(f.commit))) refs.add(r);
    refsBySecret[f.secretSha256] = [...refs].sort();
    // "At HEAD" means in HEAD's files; a message stays in history, which the refs say.
    const atHead = f.where !== 'message' && f.blob !== undefined && headBlobs.has(f.blob);
    atHeadBySecret[f.secretSha256] = (atHeadBySecret[f.secretSha256] ?? false) || atHead;
  }
  return { refsBySecret, atHeadBySecret, hasRemote: await remote, shallow };
}

/** Blobs and messages of the commits `revs` select, each blob attributed to the oldest such commit. */
async function scanCommits(root: string, revs: string[], setup: Setup, stats: ScanStats, meta: Map<string, CommitMeta>, progress?: ReturnType<typeof progressPrinter>, signal?: AbortSignal): Promise<Finding[]> {
  const range = await listRange(root, revs);
  const list: ObjectList = { oids: OidList.of([...range.blobs.keys(), ...range.commits.map((c) => c.commit)]), bytes: 0 };
  const raw = await scanItems(setup.engine, readHistory(root, list, meta, progress?.update({ objects: list.oids.length, bytes: list.bytes })), stats, { signal });
  progress?.done();
  return raw.flatMap((f) => {
    if (f.where === 'message') return [{ ...f, author: meta.get(f.commit!)?.author, date: meta.get(f.commit!)?.date }];
    const at = range.blobs.get(f.blob!);
    return at ? [withIntroduction(f, { blob: f.blob!, commit: at.commit.commit, path: at.path, author: at.commit.author, date: at.commit.date })] : [];
  });
}

const ZERO_OID = /^0+$/;

/**
 * `flora-keyscan pre-push REMOTE URL`, run by the pre-push hook: git names on stdin each ref being
 * pushed ("<local ref> <local oid> <remote ref> <remote oid>"); we scan the commits the remote lacks.
 */
export async function runPrePush({ args, flags }: Invocation, io: Io): Promise<number> {
  const started = performance.now();
  const root = await requireRepository(io.cwd);
  const remote = args[0] ?? 'origin';
  const setup = setUp(root, flags, io);
  let input = '';
  if (io.stdin) for await (const chunk of io.stdin as AsyncIterable<Buffer>) input += chunk.toString('utf8');
  const revs: string[] = [];
  for (const line of input.split('\n')) {
    const [, localOid = '', , remoteOid = ''] = line.trim().split(/\s+/);
    if (!localOid || ZERO_OID.test(localOid)) continue; // a deletion pushes no content
    const known = remoteOid && !ZERO_OID.test(remoteOid) && (await gitRaw(['cat-file', '-e', `${remoteOid}^{commit}`], root)).code === 0;
    revs.push(...(known ? [`${remoteOid}..${localOid}`] : [localOid, '--not', `--remotes=${remote}`]));
  }
  const stats = emptyStats();
  const warnings: string[] = [];
  const findings = revs.length ? applyFilters(await scanCommits(root, revs, setup, stats, new Map()), setup, stats, flags, warnings) : [];
  const report = makeReport('history', root, setup.engine, findings, stats, warnings);
  stats.durationMs = Math.round(performance.now() - started);
  if (findings.length || !flags.quiet) await emit(report, flags, io);
  if (findings.length) io.stdout.write(PUSH_BLOCKED + '\n');
  return exitCode(report, flags);
}

async function writeKit(target: string, root: string, report: Report, onlyLive: boolean, io: Io): Promise<void> {
  const chosen = onlyLive ? report.findings.filter((f) => f.verification?.status === 'live') : report.findings;
  if (chosen.length === 0) {
    io.stderr.write(`flora-keyscan: no purge kit written: ${onlyLive ? 'no key was verified live' : 'nothing was found'}.\n`);
    return;
  }
  const { writePurgeKit } = await import('../history/purge-kit.js');
  const kit = await writePurgeKit(resolve(io.cwd, target), root, chosen);
  io.stderr.write(purgeKitWritten(kit));
}

export async function runHistory({ args, flags }: Invocation, io: Io): Promise<number> {
  const started = performance.now();
  chooseFormat(flags, io);
  checkFailOn(flags);
  const probing = flags.verify ? await probeOptions(flags, io) : null;
  if (args.length > 1) throw new UsageError('history takes one repository path');
  if (flags.since && flags['all-objects']) throw new UsageError('--since and --all-objects do not go together: --since scans a range of commits');
  const target = resolve(io.cwd, args[0] ?? '.');
  if (!existsSync(target)) throw new UserError(`no such file or directory: ${target}`);
  const root = await requireRepository(target);
  const setup = setUp(root, flags, io);
  const mode = flags['all-objects'] ? 'all-objects' : 'history';
  if (flags['only-live'] && !flags['write-purge']) throw new UsageError('--only-live narrows --write-purge; use them together');
  if (flags['only-live'] && !flags.verify) throw new UsageError('--only-live needs --verify: without a probe no key is known to be live');
  const stats = emptyStats();
  const warnings: string[] = [];
  const shallow = await isShallow(root);
  if (shallow) warnings.push('this is a shallow clone: history before its first commit was not scanned. Run git fetch --unshallow (or clone without --depth) for a full audit.');

  if (!(await hasAnyRef(root)) && !flags['all-objects']) {
    warnings.push('the repository has no commits yet: there is no history to scan (flora-keyscan staged checks what you are about to commit).');
    const report = makeReport(mode, root, setup.engine, [], stats, warnings);
    stats.durationMs = Math.round(performance.now() - started);
    await emit(report, flags, io);
    return exitCode(report, flags);
  }

  const phase = (name: string) => flags.debug && io.stderr.write(`debug: ${name} at ${Math.round(performance.now() - started)} ms\n`);
  const tips = await refTips(root);
  const refReach = new RefReach(root, tips);
  const progress = io.stderr.isTTY && !flags.quiet ? progressPrinter(io.stderr) : undefined;
  const meta = new Map<string, CommitMeta>();
  const tags = new Set<string>();
  let findings: Finding[];

  if (flags.since) {
    const since = flags.since;
    if ((await gitRaw(['rev-parse', '--verify', '--quiet', `${since}^{commit}`], root)).code !== 0) throw new UserError(`unknown revision for --since: ${since}`);
    findings = await scanCommits(root, [`${since}..HEAD`], setup, stats, meta, progress, io.signal);
  } else {
    // Blob paths come from git's walk of every tree, which takes about half as long as the scan: with
    // a CPU to spare it starts now, side by side with the scan (so a key found late in an old history
    // is not left waiting for it), else at the first match. Matched blobs are attributed as they come.
    const attribution = new Attributor(root);
    if (availableParallelism() > 1) attribution.start();
    // The object database read in-process when we can (much faster), else through git.
    const store = await locateObjectStore(root, io.env);
    let items: AsyncGenerator<SourceItem>;
    if (store) {
      items = readStore(store, setup.engine.prefilter, meta, readerThreads(flags.threads), progress?.update());
    } else {
      const list = await listAllObjects(root);
      items = readHistory(root, list, meta, progress?.update({ objects: list.oids.length, bytes: list.bytes }));
    }
    phase(store ? 'opened the object store' : 'listed objects');
    const raw = await scanItems(
      setup.engine,
      items,
      stats,
      {
        onFinding: (f) => {
          if (f.where !== 'message') attribution.add(f.blob!);
        },
        signal: io.signal,
      },
    );
    progress?.done();
    phase('scanned');
    // Every commit was just read: which refs reach what follows from their parents, without asking git.
    const head = (await gitRaw(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], root)).stdout.toString('utf8').trim();
    const graph = CommitGraph.fromParents(
      (function* () {
        for (const [oid, m] of meta) if (!m.isTag) yield [oid, m.parents ?? ''] as [string, string];
      })(),
      [...tips.map((t) => t.commit), ...(head ? [head] : [])],
    );
    refReach.useGraph(graph);
    phase('reachability known');
    for (const [oid, m] of meta) if (m.isTag) tags.add(oid);
    const { reach, introductions } = await attribution.finish();
    if (mode === 'all-objects') {
      const unreachableCommits = [...meta.keys()].filter((c) => !tags.has(c) && !graph.has(c));
      introductions.push(...(await attributeUnreachable(root, new Set(attribution.blobs), unreachableCommits)));
    }
    phase('attributed');
    const byBlob = new Map<string, Introduction[]>();
    for (const i of introductions) byBlob.set(i.blob, [...(byBlob.get(i.blob) ?? []), i]);
    let unreachable = 0;
    findings = [];
    for (const f of raw) {
      if (f.where === 'message') {
        const reached = tags.has(f.commit!) ? (await refReach.refs(f.commit!, true)).length > 0 : graph.has(f.commit!);
        if (reached || mode === 'all-objects') findings.push({ ...f, author: meta.get(f.commit!)?.author, date: meta.get(f.commit!)?.date });
        else unreachable++;
        continue;
      }
      const intros = byBlob.get(f.blob!);
      if (intros?.length) findings.push(...intros.map((i) => withIntroduction(f, i)));
      else if (mode === 'all-objects') findings.push(f); // in no commit we can find: the blob id is all we have
      else if (reach.blobPath(f.blob!) !== undefined) findings.push({ ...f, path: reach.blobPath(f.blob!)! });
      else unreachable++;
    }
    if (unreachable) warnings.push(`${unreachable} more finding${unreachable === 1 ? ' is' : 's are'} in objects no ref reaches (amended commits, deleted branches, dropped stashes): run with --all-objects to see them.`);
  }

  const skip = setup.skipPath;
  if (skip) findings = findings.filter((f) => f.path === null || !skip(f.path));
  findings = applyFilters(findings, setup, stats, flags, warnings);
  findings.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || (a.path ?? '').localeCompare(b.path ?? '') || a.line - b.line);
  const report: Report = makeReport(mode, root, setup.engine, findings, stats, warnings);
  await verifyIfAsked(report, setup, probing);
  report.history = await gatherFacts(root, findings, tags, refReach, shallow);
  phase('facts gathered');
  stats.durationMs = Math.round(performance.now() - started);
  await emit(report, flags, io);
  if (flags['write-purge']) await writeKit(flags['write-purge'], root, report, flags['only-live'] === true, io);
  if (flags['verify-clean']) io.stderr.write(report.findings.length ? `flora-keyscan: not clean: ${new Set(report.findings.map((f) => f.secretSha256)).size} key(s) still in history.\n` : CLEAN_AFTER_PURGE + '\n');
  if (stats.unreadable.length) io.stderr.write(`flora-keyscan: ${stats.unreadable.length} object${stats.unreadable.length === 1 ? '' : 's'} could not be read (listed in the report); the scan is incomplete.\n`);
  return exitCode(report, flags);
}
