// 1-D DP over capacity in a typed array, capacities scanned downwards so each item is used at
// most once. O(n * W) time, O(W) memory.
const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = data[0] || 0;
const capacity = data[1] || 0;
const best = new Int32Array(capacity + 1);
for (let i = 0; i < n; i++) {
  const w = data[2 + 2 * i];
  const v = data[3 + 2 * i];
  for (let c = capacity; c >= w; c--) {
    const candidate = best[c - w] + v;
    if (candidate > best[c]) best[c] = candidate;
  }
}
console.log(String(best[capacity]));
