class Solution {
    public int[] topologicalOrder(int n, int[][] edges) {
        // successors in compressed rows: the nodes after u are next[start[u] .. start[u + 1])
        int[] start = new int[n + 1];
        int[] missing = new int[n]; // predecessors not yet placed, per node
        for (int[] e : edges) {
            start[e[0] + 1]++;
            missing[e[1]]++;
        }
        for (int u = 0; u < n; u++) start[u + 1] += start[u];
        int[] fill = Arrays.copyOf(start, n);
        int[] next = new int[edges.length];
        for (int[] e : edges) next[fill[e[0]]++] = e[1];
        int[] order = new int[n]; // doubles as the FIFO queue
        int head = 0, tail = 0;
        for (int u = 0; u < n; u++) if (missing[u] == 0) order[tail++] = u;
        while (head < tail) {
            int u = order[head++];
            for (int k = start[u]; k < start[u + 1]; k++) {
                if (--missing[next[k]] == 0) order[tail++] = next[k];
            }
        }
        return order;
    }
}
