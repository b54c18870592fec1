class Solution {
    public int[] shortestPath(int n, int[][] edges, int source, int target) {
        // neighbours in compressed rows: the nodes joined to u are adj[start[u] .. start[u + 1])
        int[] start = new int[n + 1];
        for (int[] e : edges) {
            start[e[0] + 1]++;
            start[e[1] + 1]++;
        }
        for (int u = 0; u < n; u++) start[u + 1] += start[u];
        int[] fill = Arrays.copyOf(start, n);
        int[] adj = new int[2 * edges.length];
        for (int[] e : edges) {
            adj[fill[e[0]]++] = e[1];
            adj[fill[e[1]]++] = e[0];
        }
        int[] parent = new int[n];
        Arrays.fill(parent, -1);
        int[] queue = new int[n];
        int head = 0, tail = 0;
        parent[source] = source;
        queue[tail++] = source;
        while (head < tail && parent[target] < 0) {
            int u = queue[head++];
            for (int k = start[u]; k < start[u + 1]; k++) {
                int v = adj[k];
                if (parent[v] < 0) {
                    parent[v] = u;
                    queue[tail++] = v;
                }
            }
        }
        if (parent[target] < 0) return new int[0];
        int length = 1;
        for (int v = target; v != source; v = parent[v]) length++;
        int[] path = new int[length];
        int i = length;
        for (int v = target; v != source; v = parent[v]) path[--i] = v;
        path[0] = source;
        return path;
    }
}
