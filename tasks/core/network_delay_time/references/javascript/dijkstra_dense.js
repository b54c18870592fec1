/**
 * Dijkstra picking the closest unfinished node by a linear scan: O(n^2 + E).
 * @param {number[][]} times
 * @param {number} n
 * @param {number} k
 * @return {number}
 */
var networkDelayTime = function (times, n, k) {
    const adj = Array.from({ length: n + 1 }, () => []);
    for (const [u, v, w] of times) adj[u].push(v, w); // flat pairs: target, weight
    const dist = new Array(n + 1).fill(Infinity);
    const done = new Uint8Array(n + 1);
    dist[k] = 0;
    let worst = 0;
    for (let round = 0; round < n; round++) {
        let node = -1;
        for (let v = 1; v <= n; v++) {
            if (!done[v] && dist[v] < (node === -1 ? Infinity : dist[node])) node = v;
        }
        if (node === -1) return -1;
        done[node] = 1;
        worst = Math.max(worst, dist[node]);
        const edges = adj[node];
        for (let e = 0; e < edges.length; e += 2) {
            const d = dist[node] + edges[e + 1];
            if (d < dist[edges[e]]) dist[edges[e]] = d;
        }
    }
    return worst;
};
