// Keep the values seen so far sorted and binary-search how many exceed the next one, but restore the
// order by sorting the whole prefix again after every append. O(n^2 log n) time.
const tokens = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = tokens[0];
const a = Int32Array.from(tokens.slice(1, 1 + n));
const seen = new Int32Array(n);
let count = 0;
for (let j = 0; j < n; j++) {
    const x = a[j];
    // First position in seen[0, j) holding a value greater than x.
    let lo = 0;
    let hi = j;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (seen[mid] <= x) lo = mid + 1;
        else hi = mid;
    }
    count += j - lo;
    seen[j] = x;
    seen.subarray(0, j + 1).sort();
}
console.log(String(count));
