class Solution {
    // All-pairs distances by repeated min-plus squaring of the weight matrix: after squaring t times the
    // matrix holds the shortest paths of at most 2^t edges. O(n^3 log n); only the source's row is used.
    public int networkDelayTime(int[][] times, int n, int k) {
        final int INF = Integer.MAX_VALUE / 2;
        int[][] dist = new int[n + 1][n + 1];
        for (int i = 1; i <= n; i++) {
            Arrays.fill(dist[i], INF);
            dist[i][i] = 0;
        }
        for (int[] e : times) dist[e[0]][e[1]] = Math.min(dist[e[0]][e[1]], e[2]);
        for (int edges = 1; edges < n - 1; edges *= 2) {
            int[][] next = new int[n + 1][n + 1];
            for (int i = 1; i <= n; i++) {
                int[] row = next[i];
                Arrays.fill(row, INF);
                for (int m = 1; m <= n; m++) {
                    int dIm = dist[i][m];
                    if (dIm == INF) continue;
                    int[] via = dist[m];
                    for (int j = 1; j <= n; j++) {
                        if (dIm + via[j] < row[j]) row[j] = dIm + via[j];
                    }
                }
            }
            dist = next;
        }
        int worst = 0;
        for (int v = 1; v <= n; v++) worst = Math.max(worst, dist[k][v]);
        return worst >= INF ? -1 : worst;
    }
}
