/**
 * @param {number} n
 * @param {number[][]} edges
 * @param {number} source
 * @param {number} target
 * @return {number[]}
 */
var shortestPath = function (n, edges, source, target) {
    const unreached = n; // longer than any path
    const dist = new Int32Array(n).fill(unreached);
    const parent = new Int32Array(n).fill(-1);
    dist[source] = 0;
    let changed = true;
    while (changed) { // Bellman-Ford: relax every edge, both ways, until a round changes nothing
        changed = false;
        for (const [u, v] of edges) {
            if (dist[u] + 1 < dist[v]) {
                dist[v] = dist[u] + 1;
                parent[v] = u;
                changed = true;
            } else if (dist[v] + 1 < dist[u]) {
                dist[u] = dist[v] + 1;
                parent[u] = v;
                changed = true;
            }
        }
    }
    if (dist[target] === unreached) return [];
    const path = [target];
    while (path[path.length - 1] !== source) path.push(parent[path[path.length - 1]]);
    return path.reverse();
};
