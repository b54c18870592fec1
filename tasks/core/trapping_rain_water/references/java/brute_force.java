class Solution {
    public int trap(int[] height) {
        // Scan both sides for the tallest wall, every time.
        int n = height.length, total = 0;
        for (int i = 0; i < n; i++) {
            int left = 0, right = 0;
            for (int j = 0; j <= i; j++) left = Math.max(left, height[j]);
            for (int j = i; j < n; j++) right = Math.max(right, height[j]);
            total += Math.min(left, right) - height[i];
        }
        return total;
    }
}
