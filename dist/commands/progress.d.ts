import type { Output } from '../cli/io.js';
import type { Progress } from '../sources/source.js';
export declare function progressPrinter(out: Output): {
    /** `total.bytes` 0 when not known ahead (packed deltas): time left then follows the object count. */
    update(p: Progress, total: Progress): void;
    done(): void;
};
