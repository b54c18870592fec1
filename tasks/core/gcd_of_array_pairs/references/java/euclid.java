class Solution {
    public long gcdPairSum(long[] nums) {
        long total = 0;
        for (int i = 0; i + 1 < nums.length; i++) {
            long a = nums[i], b = nums[i + 1];
            while (b != 0) {
                long r = a % b;
                a = b;
                b = r;
            }
            total += a;
        }
        return total;
    }
}
