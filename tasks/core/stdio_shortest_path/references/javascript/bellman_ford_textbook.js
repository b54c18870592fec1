// Textbook Bellman-Ford: exactly n - 1 passes over every edge, with no early exit, the edges kept as
// [u, v, w] triples. Theta(n m) time.
const tokens = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = tokens[0], m = tokens[1];
const edges = [];
for (let k = 0; k < m; k++) edges.push([tokens[2 + 3 * k], tokens[3 + 3 * k], tokens[4 + 3 * k]]);
const dist = new Array(n + 1).fill(Infinity);
dist[1] = 0;
for (let pass = 1; pass < n; pass++) {
    for (const [u, v, w] of edges) {
        if (dist[u] + w < dist[v]) dist[v] = dist[u] + w;
    }
}
const out = [];
for (let v = 1; v <= n; v++) out.push(dist[v] === Infinity ? -1 : dist[v]);
process.stdout.write(out.join(" ") + "\n");
