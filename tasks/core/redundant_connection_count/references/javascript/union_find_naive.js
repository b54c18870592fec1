/**
 * @param {number} n
 * @param {number[][]} edges
 * @return {number}
 */
var countRedundantConnections = function (n, edges) {
    const parent = new Int32Array(n);
    for (let x = 0; x < n; x++) parent[x] = x;
    let redundant = 0;
    for (const [a, b] of edges) {
        let u = a, v = b;
        while (parent[u] !== u) u = parent[u];
        while (parent[v] !== v) v = parent[v];
        if (u === v) redundant++;
        else parent[u] = v; // no balancing and no compression: trees may grow as deep as n
    }
    return redundant;
};
