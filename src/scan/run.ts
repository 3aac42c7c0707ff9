import type { Finding, Provenance, Report, ScanMode, ScanStats } from '../types.js';
import { toolVersion } from '../version.js';
import type { Engine } from './engine.js';
import type { SourceItem } from '../sources/item.js';

export function emptyStats(): ScanStats {
  return { filesScanned: 0, bytesScanned: 0, suppressed: 0, ignored: 0, skipped: [], unreadable: [], decoded: 0, streamed: 0, utf16: 0, binary: 0, durationMs: 0 };
}

function label(item: { provenance: Provenance }): string {
  const p = item.provenance;
  return p.kind === 'message' ? `message of ${p.commit}` : p.path ?? (p.kind === 'blob' ? p.blob : '?');
}

/** Feeds every item of a source through the engine, keeping count of what was and was not scanned. */
export interface ScanHooks {
  /** Called for each finding as it is found. */
  onFinding?: (f: Finding) => void;
  /** Aborted on Ctrl-C. */
  signal?: AbortSignal;
}

export async function scanItems(engine: Engine, items: Iterable<SourceItem> | AsyncIterable<SourceItem>, stats: ScanStats, { onFinding, signal }: ScanHooks = {}): Promise<Finding[]> {
  const findings: Finding[] = [];
  for await (const item of items) {
    if (signal?.aborted) {
      // Ctrl-C: stop reading, and report what was found so far as an incomplete scan.
      stats.interrupted = true;
      break;
    }
    if ('skipped' in item) {
      stats.skipped.push({ path: label(item), reason: item.skipped });
      continue;
    }
    if ('unreadable' in item) {
      stats.unreadable.push({ path: label(item), reason: item.unreadable });
      continue;
    }
    if ('keywordFree' in item) {
      stats.filesScanned += item.keywordFree.objects;
      stats.bytesScanned += item.keywordFree.bytes;
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

export function makeReport(mode: ScanMode, root: string | null, engine: Engine, findings: Finding[], stats: ScanStats, warnings: string[] = []): Report {
  const rules = engine.rules.map(({ spec }) => ({ id: spec.id, description: spec.description, provider: spec.provider, severity: spec.severity, remediation: spec.remediation }));
  if (stats.interrupted) warnings.push('interrupted (Ctrl-C): the scan stopped early and is incomplete.');
  return { mode, tool: { name: 'flora-keyscan', version: toolVersion() }, rules, root, findings, stats, warnings };
}
