class Solution {
    public long gcdPairSum(long[] nums) {
        long total = 0;
        for (int i = 0; i + 1 < nums.length; i++) {
            total += BigInteger.valueOf(nums[i]).gcd(BigInteger.valueOf(nums[i + 1])).longValue();
        }
        return total;
    }
}
