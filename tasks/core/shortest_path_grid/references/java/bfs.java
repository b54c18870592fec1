class Solution {
    public int shortestPathGrid(int[][] grid) {
        int rows = grid.length, cols = grid[0].length;
        if (grid[0][0] == 1 || grid[rows - 1][cols - 1] == 1) return -1;
        int n = rows * cols;
        int[] dist = new int[n];
        Arrays.fill(dist, -1);
        int[] queue = new int[n];
        int head = 0, tail = 0;
        dist[0] = 0;
        queue[tail++] = 0;
        int[] dr = {1, -1, 0, 0}, dc = {0, 0, 1, -1};
        while (head < tail) {
            int cell = queue[head++];
            if (cell == n - 1) return dist[cell];
            int r = cell / cols, c = cell % cols;
            for (int k = 0; k < 4; k++) {
                int nr = r + dr[k], nc = c + dc[k];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] == 1) continue;
                int next = nr * cols + nc;
                if (dist[next] < 0) {
                    dist[next] = dist[cell] + 1;
                    queue[tail++] = next;
                }
            }
        }
        return -1;
    }
}
