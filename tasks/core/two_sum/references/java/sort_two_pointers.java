class Solution {
    public int[] twoSum(int[] nums, int target) {
        Integer[] order = new Integer[nums.length];
        for (int k = 0; k < nums.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(nums[a], nums[b]));
        int lo = 0, hi = nums.length - 1;
        while (lo < hi) {
            int total = nums[order[lo]] + nums[order[hi]];
            if (total == target) {
                return new int[] {Math.min(order[lo], order[hi]), Math.max(order[lo], order[hi])};
            }
            if (total < target) {
                lo++;
            } else {
                hi--;
            }
        }
        return new int[0];
    }
}
