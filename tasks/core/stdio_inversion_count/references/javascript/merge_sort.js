// Merge sort counting, for each right element placed early, the larger left elements it jumps over.
const tokens = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = tokens[0];
const a = Int32Array.from(tokens.slice(1, 1 + n));
const buf = new Int32Array(n);

function sortCount(lo, hi) {
    if (hi - lo < 2) return 0;
    const mid = (lo + hi) >> 1;
    let count = sortCount(lo, mid) + sortCount(mid, hi);
    let i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        if (a[i] <= a[j]) {
            buf[k++] = a[i++];
        } else {
            count += mid - i;
            buf[k++] = a[j++];
        }
    }
    while (i < mid) buf[k++] = a[i++];
    while (j < hi) buf[k++] = a[j++];
    a.set(buf.subarray(lo, hi), lo);
    return count;
}

console.log(String(sortCount(0, n)));
