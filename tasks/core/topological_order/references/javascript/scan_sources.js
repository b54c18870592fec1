/**
 * @param {number} n
 * @param {number[][]} edges
 * @return {number[]}
 */
var topologicalOrder = function (n, edges) {
    const after = Array.from({ length: n }, () => []);
    const missing = new Int32Array(n); // predecessors not yet placed, per node
    for (const [u, v] of edges) {
        after[u].push(v);
        missing[v]++;
    }
    const placed = new Uint8Array(n);
    const order = [];
    for (let step = 0; step < n; step++) {
        let u = 0;
        while (placed[u] || missing[u]) u++; // rescan from 0 for the first node that is ready
        placed[u] = 1;
        order.push(u);
        for (const v of after[u]) missing[v]--;
    }
    return order;
};
