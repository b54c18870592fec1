// Prefix sums answer each query in O(1). Sums reach 2e14 at most, well inside a double's exact
// integer range (2^53), so plain numbers suffice.
const tokens = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = tokens[0];
const q = tokens[1];
const prefix = new Float64Array(n + 1);
for (let i = 1; i <= n; i++) prefix[i] = prefix[i - 1] + tokens[1 + i];
const out = new Array(q);
for (let k = 0, pos = 2 + n; k < q; k++, pos += 2) out[k] = prefix[tokens[pos + 1]] - prefix[tokens[pos] - 1];
process.stdout.write(out.join("\n") + "\n");
