// Dijkstra with a binary min-heap in parallel typed arrays (distance, node) and lazy deletion.
// Costs stay below 10^11, well inside a double's exact integer range.
const tokens = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = tokens[0], m = tokens[1];
// Compressed rows: the edges leaving u are at start[u] .. start[u + 1] - 1.
const start = new Int32Array(n + 2);
for (let k = 0; k < m; k++) start[tokens[2 + 3 * k] + 1]++;
for (let v = 1; v <= n + 1; v++) start[v] += start[v - 1];
const fill = start.slice();
const edgeTo = new Int32Array(m), edgeCost = new Float64Array(m);
for (let k = 0; k < m; k++) {
    const slot = fill[tokens[2 + 3 * k]]++;
    edgeTo[slot] = tokens[3 + 3 * k];
    edgeCost[slot] = tokens[4 + 3 * k];
}
const heapDist = new Float64Array(m + 1), heapNode = new Int32Array(m + 1);
let size = 0;
function push(d, node) {
    let i = size++;
    while (i > 0) {
        const parent = (i - 1) >> 1;
        if (heapDist[parent] <= d) break;
        heapDist[i] = heapDist[parent];
        heapNode[i] = heapNode[parent];
        i = parent;
    }
    heapDist[i] = d;
    heapNode[i] = node;
}
function popInto(top) {
    top[0] = heapDist[0];
    top[1] = heapNode[0];
    const d = heapDist[--size], node = heapNode[size];
    let i = 0;
    for (;;) {
        let child = 2 * i + 1;
        if (child >= size) break;
        if (child + 1 < size && heapDist[child + 1] < heapDist[child]) child++;
        if (heapDist[child] >= d) break;
        heapDist[i] = heapDist[child];
        heapNode[i] = heapNode[child];
        i = child;
    }
    heapDist[i] = d;
    heapNode[i] = node;
}
const dist = new Float64Array(n + 1).fill(-1);
const top = [0, 0];
push(0, 1);
while (size > 0) {
    popInto(top);
    const d = top[0], u = top[1];
    if (dist[u] >= 0) continue;
    dist[u] = d;
    for (let s = start[u]; s < start[u + 1]; s++) if (dist[edgeTo[s]] < 0) push(d + edgeCost[s], edgeTo[s]);
}
process.stdout.write(Array.from(dist.subarray(1)).join(" ") + "\n");
