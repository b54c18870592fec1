class Solution {
    public int singleNumber(int[] nums) {
        // per bit, (twos, ones) counts how often it was set, modulo 3: 00 -> 01 -> 10 -> 00
        int ones = 0, twos = 0;
        for (int x : nums) {
            ones = (ones ^ x) & ~twos;
            twos = (twos ^ x) & ~ones;
        }
        return ones;
    }
}
