// The values seen so far, sorted again from scratch after every append; a binary search counts the
// ones larger than the next value. O(n^2 log n) time.
const tokens = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = tokens[0];
const a = tokens.slice(1, 1 + n);
const seen = new Int32Array(n);
let count = 0;
for (let j = 0; j < n; j++) {
    const x = a[j];
    let lo = 0;
    let hi = j;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (seen[mid] <= x) lo = mid + 1;
        else hi = mid;
    }
    count += j - lo;  // seen[lo, j) are larger than x and come before it
    seen[j] = x;
    seen.subarray(0, j + 1).sort();
}
console.log(String(count));
