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
    if ('commit' in item) {
      onCommit?.(item.commit);
      continue;
    }
    if ('provenFree' in item) {
      stats.filesScanned += item.provenFree.objects;
      stats.bytesScanned += item.provenFree.bytes;
      continue;
    }
    if ('skipped' in item) {
      stats.skipped.push({ path: itemLabel(item.provenance), reason: item.skipped });
      continue;
    }
    if ('unreadable' in item) {
      stats.unreadable.push({ path: itemLabel(item.provenance), reason: item.unreadable });
      continue;
    }
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
    for (const f of outcome.findings) {
      findings.push(f);
      onFinding?.(f);
    }
  }
  return findings;
}
