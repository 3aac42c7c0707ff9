// Progress of a long history scan on a terminal's stderr: objects, bytes, rate, time left.

import type { Output } from '../cli.js';
import type { HistoryProgress, ObjectList } from '../sources/history.js';

const MB = 1024 * 1024;

export function progressPrinter(out: Output) {
  const started = performance.now();
  let shown = false;
  return {
    update(list: ObjectList) {
      return (p: HistoryProgress) => {
        const seconds = (performance.now() - started) / 1000;
        const rate = p.bytes / MB / Math.max(seconds, 0.001);
        const left = list.bytes > 0 && rate > 0 ? Math.max(0, (list.bytes - p.bytes) / MB / rate) : null;
        const share = list.oids.length ? ` (${Math.floor((100 * p.objects) / list.oids.length)}%)` : '';
        out.write(`\r\u001b[2Kscanning objects ${p.objects}/${list.oids.length}${share}, ${(p.bytes / MB).toFixed(0)} MB, ${rate.toFixed(0)} MB/s${left !== null ? `, ${left.toFixed(0)} s left` : ''}`);
        shown = true;
      };
    },
    done() {
      if (shown) out.write('\r\u001b[2K');
    },
  };
}
