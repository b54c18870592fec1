class Solution {
    public int largestRectangleArea(int[] heights) {
        // Every start, extended to the right with a running minimum.
        int n = heights.length;
        int best = 0;
        for (int i = 0; i < n; i++) {
            int low = heights[i];
            for (int j = i; j < n; j++) {
                low = Math.min(low, heights[j]);
                best = Math.max(best, low * (j - i + 1));
            }
        }
        return best;
    }
}
