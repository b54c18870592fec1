class Solution {
    // All-pairs shortest paths, O(n^3); only the source's row is used.
    public int networkDelayTime(int[][] times, int n, int k) {
        final int INF = Integer.MAX_VALUE / 2;
        int[][] dist = new int[n + 1][n + 1];
        for (int i = 1; i <= n; i++) {
            Arrays.fill(dist[i], INF);
            dist[i][i] = 0;
        }
        for (int[] e : times) dist[e[0]][e[1]] = Math.min(dist[e[0]][e[1]], e[2]);
        for (int m = 1; m <= n; m++) {
            int[] via = dist[m];
            for (int i = 1; i <= n; i++) {
                int[] row = dist[i];
                int dIm = row[m];
                if (dIm == INF) continue;
                for (int j = 1; j <= n; j++) {
                    if (dIm + via[j] < row[j]) row[j] = dIm + via[j];
                }
            }
        }
        int worst = 0;
        for (int v = 1; v <= n; v++) worst = Math.max(worst, dist[k][v]);
        return worst >= INF ? -1 : worst;
    }
}
