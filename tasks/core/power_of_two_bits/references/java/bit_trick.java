class Solution {
    public int countPowersOfTwo(long[] nums) {
        // x & (x - 1) clears the lowest set bit; only a single-bit value becomes zero.
        int count = 0;
        for (long x : nums) if (x > 0 && (x & (x - 1)) == 0) count++;
        return count;
    }
}
