// A running sum from every start gives each of its subarrays in O(1): O(n^2) time.
const tokens = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
const n = Number(tokens[0]);
const a = new Float64Array(n);
for (let i = 0; i < n; i++) a[i] = Number(tokens[i + 1]);
let best = a[0];
for (let i = 0; i < n; i++) {
    let total = 0;
    for (let j = i; j < n; j++) {
        total += a[j];
        if (total > best) best = total;
    }
}
console.log(String(best));
