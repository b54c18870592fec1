/**
 * @param {number} n
 * @param {number[][]} edges
 * @return {number[]}
 */
var topologicalOrder = function (n, edges) {
    // successors in compressed rows: the nodes after u are next[start[u] .. start[u + 1])
    const start = new Int32Array(n + 1);
    const missing = new Int32Array(n); // predecessors not yet placed, per node
    const m = edges.length;
    for (let k = 0; k < m; k++) {
        start[edges[k][0] + 1]++;
        missing[edges[k][1]]++;
    }
    for (let u = 0; u < n; u++) start[u + 1] += start[u];
    const fill = start.slice(0, n);
    const next = new Int32Array(m);
    for (let k = 0; k < m; k++) next[fill[edges[k][0]]++] = edges[k][1];
    const order = new Int32Array(n); // doubles as the FIFO queue
    let head = 0, tail = 0;
    for (let u = 0; u < n; u++) if (missing[u] === 0) order[tail++] = u;
    while (head < tail) {
        const u = order[head++];
        for (let k = start[u]; k < start[u + 1]; k++) {
            if (--missing[next[k]] === 0) order[tail++] = next[k];
        }
    }
    return Array.from(order);
};
