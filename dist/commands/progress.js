// Progress of a long history scan on a terminal's stderr: what was read of how much, the rate, and
// the time left once the rate has settled. The count is of blobs, commits and tags (git counts trees
// too, which hold no text and are not read), so it is smaller than `git count-objects` says.
const MB = 1024 * 1024;
/** Time left is guessed only after this long and this share done: early rates mislead (a 14 s scan said 947 s). */
const SETTLE_SECONDS = 5;
const SETTLE_SHARE = 0.05;
function count(n) {
    return n.toLocaleString('en-US');
}
export function progressPrinter(out) {
    const started = performance.now();
    let shown = false;
    return {
        /** `total.bytes` 0 when not known ahead (packed deltas): time left then follows the object count. */
        update(p, total) {
            const seconds = Math.max((performance.now() - started) / 1000, 0.001);
            const rate = p.bytes / MB / seconds;
            const share = total.bytes > 0 ? p.bytes / total.bytes : total.objects ? p.objects / total.objects : 0;
            const settled = seconds >= SETTLE_SECONDS && share >= SETTLE_SHARE && share < 1;
            const left = settled ? (seconds * (1 - share)) / share : null;
            const percent = total.objects ? ` (${Math.floor((100 * p.objects) / total.objects)}%)` : '';
            out.write(`\r\u001b[2Kread ${count(p.objects)} of ${count(total.objects)} blobs, commits and tags${percent}, ${(p.bytes / MB).toFixed(0)} MB at ${rate.toFixed(0)} MB/s${left !== null ? `, about ${Math.ceil(left)} s left` : ''}`);
            shown = true;
        },
        done() {
            if (shown)
                out.write('\r\u001b[2K');
        },
    };
}
