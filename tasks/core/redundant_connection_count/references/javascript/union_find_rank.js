/**
 * @param {number} n
 * @param {number[][]} edges
 * @return {number}
 */
var countRedundantConnections = function (n, edges) {
    const parent = new Int32Array(n);
    const size = new Int32Array(n).fill(1);
    for (let x = 0; x < n; x++) parent[x] = x;
    const find = (x) => {
        while (parent[x] !== x) x = parent[x] = parent[parent[x]]; // path halving
        return x;
    };
    let redundant = 0;
    for (const [a, b] of edges) {
        let u = find(a), v = find(b);
        if (u === v) {
            redundant++;
            continue;
        }
        if (size[u] < size[v]) [u, v] = [v, u];
        parent[v] = u; // union by size keeps trees shallow
        size[u] += size[v];
    }
    return redundant;
};
