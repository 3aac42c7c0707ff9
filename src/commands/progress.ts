// Progress of a long history scan on a terminal's stderr: objects, bytes, rate, time left.

import type { Output } from '../cli/io.js';
import type { Progress } from '../sources/source.js';

const MB = 1024 * 1024;

export function progressPrinter(out: Output) {
  const started = performance.now();
  let shown = false;
  return {
    /** `total.bytes` 0 when not known ahead (packed deltas): time left then follows the object count. */
    update(p: Progress, total: Progress) {
      const seconds = Math.max((performance.now() - started) / 1000, 0.001);
      const rate = p.bytes / MB / seconds;
      const left =
        total.bytes > 0
          ? rate > 0
            ? (total.bytes - p.bytes) / MB / rate
            : null
          : p.objects > 0
            ? ((total.objects - p.objects) * seconds) / p.objects
            : null;
      const share = total.objects ? ` (${Math.floor((100 * p.objects) / total.objects)}%)` : '';
      out.write(
        `\r\u001b[2Kscanning objects ${p.objects}/${total.objects}${share}, ${(p.bytes / MB).toFixed(0)} MB, ${rate.toFixed(0)} MB/s${left !== null ? `, ${Math.max(0, left).toFixed(0)} s left` : ''}`,
      );
      shown = true;
    },
    done() {
      if (shown) out.write('\r\u001b[2K');
    },
  };
}
