// Each query sums its range in BigInt, exact at any magnitude but an allocation per addition, where
// doubles already hold these sums exactly: O(n + q * L) for queries of average length L.
const tokens = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = tokens[0];
const q = tokens[1];
const a = tokens.slice(2, 2 + n).map(BigInt);
const out = [];
for (let k = 0, pos = 2 + n; k < q; k++, pos += 2) {
    const l = tokens[pos];
    const r = tokens[pos + 1];
    let total = 0n;
    for (let i = l - 1; i < r; i++) total += a[i];
    out.push(total);
}
process.stdout.write(out.join("\n") + "\n");
