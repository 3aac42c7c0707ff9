import type { SecretFinding, SuppressionSource } from '../findings.js';
import type { ScanStats } from '../report/types.js';
import { type CommitMeta, type SourceItem } from '../sources/source.js';
import type { Engine } from './engine.js';
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
    suppressed: {
        finding: SecretFinding;
        by: SuppressionSource;
    }[];
}
export declare function scanItems(engine: Engine, items: Iterable<SourceItem> | AsyncIterable<SourceItem>, stats: ScanStats, hooks?: ScanHooks): Promise<Scanned>;
