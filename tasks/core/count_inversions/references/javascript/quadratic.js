// Compare every pair: O(n^2).
const tokens = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = tokens[0];
const a = Int32Array.from(tokens.slice(1, 1 + n));
let count = 0;
for (let i = 0; i < n; i++) {
    const x = a[i];
    for (let j = i + 1; j < n; j++) {
        if (a[j] < x) count++;
    }
}
console.log(String(count));
