// For every start, the running sums of the rest built as a new array by `map` and their maximum
// taken by `Math.max`: O(n^2) time, with an allocation and a closure call per sum.
const tokens = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
const n = Number(tokens[0]);
const a = tokens.slice(1, 1 + n).map(Number);
let best = -Infinity;
for (let i = 0; i < n; i++) {
    let total = 0;
    const sums = a.slice(i).map((x) => (total += x));
    best = Math.max(best, ...sums);
}
console.log(String(best));
