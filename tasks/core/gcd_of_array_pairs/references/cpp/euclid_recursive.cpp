class Solution {
    static long long gcd(long long a, long long b) { return b == 0 ? a : gcd(b, a % b); }

public:
    long long gcdPairSum(vector<long long>& nums) {
        long long total = 0;
        for (size_t i = 0; i + 1 < nums.size(); ++i) total += gcd(nums[i], nums[i + 1]);
        return total;
    }
};
