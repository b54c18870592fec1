// Best sum ending at each position, extended or restarted: O(n) time, O(1) extra space.
// Sums stay below 2^53 under the constraints, so doubles hold them exactly.
const tokens = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
const n = Number(tokens[0]);
let best = Number(tokens[1]);
let current = best;
for (let i = 2; i <= n; i++) {
    const x = Number(tokens[i]);
    current = current > 0 ? current + x : x;
    if (current > best) best = current;
}
console.log(String(best));
