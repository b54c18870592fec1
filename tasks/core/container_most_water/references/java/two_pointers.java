class Solution {
    public int maxArea(int[] height) {
        int left = 0, right = height.length - 1, best = 0;
        while (left < right) {
            if (height[left] < height[right]) {
                best = Math.max(best, height[left] * (right - left));
                left++;
            } else {
                best = Math.max(best, height[right] * (right - left));
                right--;
            }
        }
        return best;
    }
}
