class Solution {
    static long long gcd(unsigned long long a, unsigned long long b) {
        if (a == 0 || b == 0) return a | b;
        // Count trailing zeros in one instruction instead of shifting bit by bit.
        int shift = __builtin_ctzll(a | b);
        a >>= __builtin_ctzll(a);
        while (b) {
            b >>= __builtin_ctzll(b);
            if (a > b) swap(a, b);
            b -= a;
        }
        return a << shift;
    }

public:
    long long gcdPairSum(vector<long long>& nums) {
        long long total = 0;
        for (size_t i = 0; i + 1 < nums.size(); ++i) total += gcd(nums[i], nums[i + 1]);
        return total;
    }
};
