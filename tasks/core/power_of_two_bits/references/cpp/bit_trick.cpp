class Solution {
public:
    int countPowersOfTwo(vector<long long>& nums) {
        // x & (x - 1) clears the lowest set bit; only a single-bit value becomes zero.
        int count = 0;
        for (long long x : nums) count += x > 0 && (x & (x - 1)) == 0;
        return count;
    }
};
