/**
 * @param {number} n
 * @param {number[][]} edges
 * @param {number} source
 * @param {number} target
 * @return {number[]}
 */
var shortestPath = function (n, edges, source, target) {
    // neighbours in compressed rows: the nodes joined to u are adj[start[u] .. start[u + 1])
    const m = edges.length;
    const start = new Int32Array(n + 1);
    for (let k = 0; k < m; k++) {
        start[edges[k][0] + 1]++;
        start[edges[k][1] + 1]++;
    }
    for (let u = 0; u < n; u++) start[u + 1] += start[u];
    const fill = start.slice(0, n);
    const adj = new Int32Array(2 * m);
    for (let k = 0; k < m; k++) {
        const u = edges[k][0], v = edges[k][1];
        adj[fill[u]++] = v;
        adj[fill[v]++] = u;
    }
    const parent = new Int32Array(n).fill(-1);
    const queue = new Int32Array(n);
    let head = 0, tail = 0;
    parent[source] = source;
    queue[tail++] = source;
    while (head < tail && parent[target] < 0) {
        const u = queue[head++];
        for (let k = start[u]; k < start[u + 1]; k++) {
            const v = adj[k];
            if (parent[v] < 0) {
                parent[v] = u;
                queue[tail++] = v;
            }
        }
    }
    if (parent[target] < 0) return [];
    const path = [target];
    while (path[path.length - 1] !== source) path.push(parent[path[path.length - 1]]);
    return path.reverse();
};
