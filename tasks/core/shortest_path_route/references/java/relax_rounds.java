class Solution {
    public int[] shortestPath(int n, int[][] edges, int source, int target) {
        int unreached = n; // longer than any path
        int[] dist = new int[n];
        int[] parent = new int[n];
        Arrays.fill(dist, unreached);
        Arrays.fill(parent, -1);
        dist[source] = 0;
        boolean changed = true;
        while (changed) { // Bellman-Ford: relax every edge, both ways, until a round changes nothing
            changed = false;
            for (int[] e : edges) {
                int u = e[0], v = e[1];
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
        if (dist[target] == unreached) return new int[0];
        int[] path = new int[dist[target] + 1];
        int i = path.length;
        for (int v = target; v != source; v = parent[v]) path[--i] = v;
        path[0] = source;
        return path;
    }
}
