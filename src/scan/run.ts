// Feeds every item of a source through the engine, keeping count of what was and was not scanned, and
// of what was suppressed, by what.

import type { SecretFinding, SuppressionSource } from '../findings.js';
import type { ScanStats } from '../report/types.js';
import { itemLabel, type CommitMeta, type SourceItem } from '../sources/source.js';
import { CONFIG_RULE_BUDGET_MS } from './candidates.js';
import { OPENED } from '../archive/sniff.js';
import { archiveLocation } from '../report/location.js';
import type { ArchiveSummary } from './archives.js';
import type { Engine, ScanOutcome } from './engine.js';

export interface ScanHooks {
  /** Called for each finding as it is found. */
  onFinding?: (f: SecretFinding) => void;
  /** Called with each commit's or tag's metadata a history source reads. */
  onCommit?: (meta: CommitMeta) => void;
  /** Aborted on Ctrl-C. */
  signal?: AbortSignal;
  /** The shipped rules as shipped, when the config changed them (see policy.ts). */
  shadow?: Engine | null;
}

export interface Scanned {
  findings: SecretFinding[];
  suppressed: { finding: SecretFinding; by: SuppressionSource }[];
}

type Content = Extract<SourceItem, { bytes: Buffer }> | Extract<SourceItem, { chunks: unknown }>;

function scanWith(engine: Engine, item: Content): ScanOutcome {
  return 'chunks' in item
    ? engine.scanChunks(item.chunks(), item.provenance)
    : engine.scan(item.bytes, item.provenance);
}

/** Keys in file and folder names: the names scanned as lines of one text, each finding placed in its name. */
function scanNames(engine: Engine, paths: string[]): ScanOutcome {
  const outcome: ScanOutcome = { findings: [], allowed: [], kind: 'text', decoded: 0 };
  // Most names hold no keyword: one look at them all, then each that may hold a key on its own (a
  // name is not evidence for another name's key).
  if (!engine.mayMatch(Buffer.from(paths.join('\n')))) return outcome;
  for (const path of paths) {
    const bytes = Buffer.from(path);
    if (!engine.mayMatch(bytes)) continue;
    const scanned = engine.scan(bytes, { kind: 'path', path });
    outcome.findings.push(...scanned.findings);
    outcome.allowed.push(...scanned.allowed);
    outcome.decoded += scanned.decoded;
  }
  return outcome;
}

/** Counts an item that is not content; null when it is content (or names) to scan. */
function account(
  item: SourceItem,
  stats: ScanStats,
  onCommit?: (meta: CommitMeta) => void,
): boolean {
  if ('commit' in item) onCommit?.(item.commit);
  else if ('provenFree' in item) {
    stats.filesScanned += item.provenFree.objects;
    stats.bytesScanned += item.provenFree.bytes;
  } else if ('skipped' in item)
    stats.skipped.push({ path: itemLabel(item.provenance), reason: item.skipped });
  else if ('excluded' in item) stats.suppressedBy[item.excluded]++;
  else if ('missing' in item)
    stats.missing.push({ path: itemLabel(item.provenance), reason: item.missing });
  else if ('unreadable' in item)
    stats.unreadable.push({ path: itemLabel(item.provenance), reason: item.unreadable });
  else return false;
  return true;
}

/**
 * An archive opened counts as one (its entries too); one of a format we do not open is never counted
 * as binary; one we could not read was scanned as binary. What was not read is named either way.
 */
function countArchive(label: string, archive: ArchiveSummary, stats: ScanStats): void {
  if (archive.opened) stats.archives++;
  else if (OPENED.has(archive.format)) stats.binary++;
  stats.archiveEntries += archive.entries;
  for (const { entry, reason } of archive.skipped)
    stats.skipped.push({ path: archiveLocation(label, entry), reason });
}

function countContent(item: Content, outcome: ScanOutcome, stats: ScanStats): void {
  stats.filesScanned++;
  stats.bytesScanned += 'chunks' in item ? item.size : item.bytes.length;
  if ('chunks' in item) stats.streamed++;
  for (const id of outcome.slowRules ?? [])
    stats.skipped.push({
      path: itemLabel(item.provenance),
      reason: `config rule ${id} stopped after ${CONFIG_RULE_BUDGET_MS / 1000} s on this content (too slow here); the other rules ran`,
    });
  if (outcome.decoded) stats.decoded++;
  if (outcome.archive) countArchive(itemLabel(item.provenance), outcome.archive, stats);
  else if (outcome.kind === 'binary') stats.binary++;
  else if (outcome.kind === 'utf32le' || outcome.kind === 'utf32be') stats.utf32++;
  else if (outcome.kind !== 'text') stats.utf16++;
}

/** What the shipped rules find that the config's changed rules do not: suppressed by the change. */
function overridden(outcome: ScanOutcome, shadow: ScanOutcome): SecretFinding[] {
  const at = (f: SecretFinding) =>
    `${f.secretSha256} ${f.line} ${f.column} ${f.inArchive?.join('!') ?? ''}`;
  // A finding that still needs evidence may yet be dropped (provider-evidence.ts): not a finding yet.
  const sure = (f: SecretFinding) => !f.needsEvidence;
  const seen = new Set([...outcome.findings, ...outcome.allowed].filter(sure).map(at));
  return shadow.findings.filter((f) => sure(f) && !seen.has(at(f)));
}

export async function scanItems(
  engine: Engine,
  items: Iterable<SourceItem> | AsyncIterable<SourceItem>,
  stats: ScanStats,
  hooks: ScanHooks = {},
): Promise<Scanned> {
  const scanned: Scanned = { findings: [], suppressed: [] };
  const suppress = (findings: SecretFinding[], by: SuppressionSource) => {
    for (const finding of findings) scanned.suppressed.push({ finding, by });
    stats.suppressedBy[by] += findings.length;
  };
  let turn = performance.now();
  for await (const item of items) {
    // Sources that read synchronously (the working tree) never let the event loop run: give it a
    // turn a few times a second, so that Ctrl-C is heard while the scan goes on.
    if (performance.now() - turn > 50) {
      await new Promise((resolve) => setImmediate(resolve));
      turn = performance.now();
    }
    if (hooks.signal?.aborted) {
      // Ctrl-C: stop reading, and report what was found so far as an incomplete scan.
      stats.interrupted = true;
      break;
    }
    if (account(item, stats, hooks.onCommit)) continue;
    const content = 'paths' in item ? null : (item as Content);
    const outcome = content
      ? scanWith(engine, content)
      : scanNames(engine, (item as { paths: string[] }).paths);
    if (content) countContent(content, outcome, stats);
    stats.suppressed += outcome.allowed.length;
    suppress(outcome.allowed, 'inline-allow');
    if (hooks.shadow)
      suppress(
        overridden(
          outcome,
          content
            ? scanWith(hooks.shadow, content)
            : scanNames(hooks.shadow, (item as { paths: string[] }).paths),
        ),
        'rule-override',
      );
    for (const f of outcome.findings) {
      scanned.findings.push(f);
      hooks.onFinding?.(f);
    }
  }
  return scanned;
}
