class Solution {
    public int countPowersOfTwo(long[] nums) {
        int count = 0;
        for (long x : nums) {
            long power = 1;
            for (int e = 0; e < 63; e++, power *= 2) {
                if (x == power) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }
}
