class Solution {
    private String a, b;
    private int[][] memo;  // -1: not computed

    // Edit distance between a[i:] and b[j:].
    private int distance(int i, int j) {
        if (i == a.length()) return b.length() - j;
        if (j == b.length()) return a.length() - i;
        if (memo[i][j] >= 0) return memo[i][j];
        int result;
        if (a.charAt(i) == b.charAt(j)) result = distance(i + 1, j + 1);
        else result = 1 + Math.min(distance(i + 1, j + 1), Math.min(distance(i + 1, j), distance(i, j + 1)));
        return memo[i][j] = result;
    }

    public int minDistance(String word1, String word2) {
        a = word1;
        b = word2;
        memo = new int[a.length()][b.length()];
        for (int[] row : memo) Arrays.fill(row, -1);
        return distance(0, 0);
    }
}
