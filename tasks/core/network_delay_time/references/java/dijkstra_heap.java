class Solution {
    // Dijkstra with a binary heap of (distance, node) and lazy deletion: O(E log E).
    public int networkDelayTime(int[][] times, int n, int k) {
        List<List<int[]>> adj = new ArrayList<>(n + 1);
        for (int v = 0; v <= n; v++) adj.add(new ArrayList<>());
        for (int[] e : times) adj.get(e[0]).add(new int[] {e[1], e[2]});
        int[] dist = new int[n + 1];
        Arrays.fill(dist, -1);
        PriorityQueue<int[]> heap = new PriorityQueue<>((a, b) -> Integer.compare(a[0], b[0]));
        heap.add(new int[] {0, k});
        int reached = 0, worst = 0;
        while (!heap.isEmpty()) {
            int[] top = heap.poll();
            int d = top[0], u = top[1];
            if (dist[u] != -1) continue;
            dist[u] = d;
            reached++;
            worst = d;
            for (int[] edge : adj.get(u)) {
                if (dist[edge[0]] == -1) heap.add(new int[] {d + edge[1], edge[0]});
            }
        }
        return reached == n ? worst : -1;
    }
}
