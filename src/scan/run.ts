// Feeds every item of a source through the engine, keeping count of what was and was not scanned.

import type { SecretFinding } from '../findings.js';
import type { ScanStats } from '../report/types.js';
import { itemLabel, type CommitMeta, type SourceItem } from '../sources/source.js';
import type { Engine } from './engine.js';

export interface ScanHooks {
  /** Called for each finding as it is found. */
  onFinding?: (f: SecretFinding) => void;
  /** Called with each commit's or tag's metadata a history source reads. */
  onCommit?: (meta: CommitMeta) => void;
  /** Aborted on Ctrl-C. */
  signal?: AbortSignal;
}

/** Keys in file and folder names: the names scanned as lines of one text, each finding placed in its name. */
function scanNames(engine: Engine, paths: string[], stats: ScanStats): SecretFinding[] {
  if (paths.length === 0) return [];
  const outcome = engine.scan(Buffer.from(paths.join('\n')), { kind: 'path', path: '' });
  stats.suppressed += outcome.suppressed;
  return outcome.findings.map((f) => ({
    ...f,
    line: 1,
    provenance: { kind: 'path' as const, path: paths[f.line - 1] ?? '' },
  }));
}

/** Counts an item that is not content to scan; findings only for names. Null when it is content. */
function account(
  item: SourceItem,
  engine: Engine,
  stats: ScanStats,
  onCommit?: (meta: CommitMeta) => void,
): SecretFinding[] | null {
  if ('commit' in item) onCommit?.(item.commit);
  else if ('provenFree' in item) {
    stats.filesScanned += item.provenFree.objects;
    stats.bytesScanned += item.provenFree.bytes;
  } else if ('skipped' in item)
    stats.skipped.push({ path: itemLabel(item.provenance), reason: item.skipped });
  else if ('missing' in item)
    stats.missing.push({ path: itemLabel(item.provenance), reason: item.missing });
  else if ('unreadable' in item)
    stats.unreadable.push({ path: itemLabel(item.provenance), reason: item.unreadable });
  else if ('paths' in item) return scanNames(engine, item.paths, stats);
  else return null;
  return [];
}

function scanContent(
  engine: Engine,
  item: Extract<SourceItem, { bytes: Buffer }> | Extract<SourceItem, { chunks: unknown }>,
  stats: ScanStats,
): SecretFinding[] {
  stats.filesScanned++;
  let outcome;
  if ('chunks' in item) {
    stats.bytesScanned += item.size;
    stats.streamed++;
    outcome = engine.scanChunks(item.chunks(), item.provenance);
  } else {
    stats.bytesScanned += item.bytes.length;
    outcome = engine.scan(item.bytes, item.provenance);
  }
  stats.suppressed += outcome.suppressed;
  if (outcome.decoded) stats.decoded++;
  if (outcome.kind === 'binary') stats.binary++;
  else if (outcome.kind !== 'text') stats.utf16++;
  return outcome.findings;
}

export async function scanItems(
  engine: Engine,
  items: Iterable<SourceItem> | AsyncIterable<SourceItem>,
  stats: ScanStats,
  { onFinding, onCommit, signal }: ScanHooks = {},
): Promise<SecretFinding[]> {
  const findings: SecretFinding[] = [];
  for await (const item of items) {
    if (signal?.aborted) {
      // Ctrl-C: stop reading, and report what was found so far as an incomplete scan.
      stats.interrupted = true;
      break;
    }
    const found =
      account(item, engine, stats, onCommit) ??
      scanContent(engine, item as Parameters<typeof scanContent>[1], stats);
    for (const f of found) {
      findings.push(f);
      onFinding?.(f);
    }
  }
  return findings;
}
