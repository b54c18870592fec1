// Merge sort counting, for each right value, the left values it jumps over. O(n log n).
// Counts stay below n^2 / 2 = 2e10, exact in a double.
const tokens = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = tokens[0];
const a = Int32Array.from(tokens.slice(1, 1 + n));
const buffer = new Int32Array(n);

function sortCount(lo, hi) {
    if (hi - lo <= 1) return 0;
    const mid = (lo + hi) >> 1;
    let count = sortCount(lo, mid) + sortCount(mid, hi);
    let i = lo;
    let j = mid;
    let k = lo;
    while (i < mid && j < hi) {
        if (a[j] < a[i]) {
            buffer[k++] = a[j++];
            count += mid - i;
        } else {
            buffer[k++] = a[i++];
        }
    }
    while (i < mid) buffer[k++] = a[i++];
    while (j < hi) buffer[k++] = a[j++];
    a.set(buffer.subarray(lo, hi), lo);
    return count;
}

console.log(String(sortCount(0, n)));
