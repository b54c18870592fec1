class Solution {
    public int findKthLargest(int[] nums, int k) {
        for (int x : nums) {
            int greater = 0, equal = 0;
            for (int y : nums) {
                if (y > x) greater++;
                else if (y == x) equal++;
            }
            if (greater < k && k <= greater + equal) return x;
        }
        throw new IllegalArgumentException("k out of range");
    }
}
