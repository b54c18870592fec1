// Bellman-Ford with an early exit: stop after the first pass that improves nothing.
const tokens = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = tokens[0], m = tokens[1];
const from = new Int32Array(m), to = new Int32Array(m), cost = new Float64Array(m);
for (let k = 0; k < m; k++) {
    from[k] = tokens[2 + 3 * k];
    to[k] = tokens[3 + 3 * k];
    cost[k] = tokens[4 + 3 * k];
}
const dist = new Float64Array(n + 1).fill(Infinity);
dist[1] = 0;
for (let pass = 1; pass < n; pass++) {
    let changed = false;
    for (let k = 0; k < m; k++) {
        const d = dist[from[k]] + cost[k];
        if (d < dist[to[k]]) {
            dist[to[k]] = d;
            changed = true;
        }
    }
    if (!changed) break;
}
const out = [];
for (let v = 1; v <= n; v++) out.push(dist[v] === Infinity ? -1 : dist[v]);
process.stdout.write(out.join(" ") + "\n");
