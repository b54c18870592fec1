class Solution {
    public int[] topologicalOrder(int n, int[][] edges) {
        List<List<Integer>> after = new ArrayList<>();
        for (int u = 0; u < n; u++) after.add(new ArrayList<>());
        int[] missing = new int[n]; // predecessors not yet placed, per node
        for (int[] e : edges) {
            after.get(e[0]).add(e[1]);
            missing[e[1]]++;
        }
        boolean[] placed = new boolean[n];
        int[] order = new int[n];
        for (int step = 0; step < n; step++) {
            int u = 0;
            while (placed[u] || missing[u] != 0) u++; // rescan from 0 for the first node that is ready
            placed[u] = true;
            order[step] = u;
            for (int v : after.get(u)) missing[v]--;
        }
        return order;
    }
}
