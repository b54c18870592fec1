class Solution {
public:
    int singleNumber(vector<int>& nums) {
        // per bit, (twos, ones) counts how often it was set, modulo 3: 00 -> 01 -> 10 -> 00
        unsigned ones = 0, twos = 0;
        for (int x : nums) {
            ones = (ones ^ (unsigned)x) & ~twos;
            twos = (twos ^ (unsigned)x) & ~ones;
        }
        return (int)ones;
    }
};
