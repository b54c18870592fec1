class Solution {
    public int[] subarrayWithSum(int[] nums, int k) {
        int n = nums.length;
        for (int i = 0; i < n; i++) {
            long total = 0;
            for (int j = i; j < n; j++) {
                total += nums[j];
                if (total == k) return new int[] {i, j};
            }
        }
        return new int[0];
    }
}
