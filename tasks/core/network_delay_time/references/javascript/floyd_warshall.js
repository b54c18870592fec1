/**
 * All-pairs shortest paths, O(n^3); only the source's row is used.
 * @param {number[][]} times
 * @param {number} n
 * @param {number} k
 * @return {number}
 */
var networkDelayTime = function (times, n, k) {
    const dist = [];
    for (let i = 0; i <= n; i++) {
        dist.push(new Array(n + 1).fill(Infinity));
        dist[i][i] = 0;
    }
    for (const [u, v, w] of times) dist[u][v] = Math.min(dist[u][v], w);
    for (let m = 1; m <= n; m++) {
        const via = dist[m];
        for (let i = 1; i <= n; i++) {
            const row = dist[i];
            const dIm = row[m];
            if (dIm === Infinity) continue;
            for (let j = 1; j <= n; j++) {
                if (dIm + via[j] < row[j]) row[j] = dIm + via[j];
            }
        }
    }
    let worst = 0;
    for (let v = 1; v <= n; v++) worst = Math.max(worst, dist[k][v]);
    return worst === Infinity ? -1 : worst;
};
