class Solution {
    static long long gcd(long long a, long long b) {
        if (a == 0 || b == 0) return a | b;
        int shift = 0;
        while (((a | b) & 1) == 0) a >>= 1, b >>= 1, ++shift;  // common factors of two, one at a time
        while ((a & 1) == 0) a >>= 1;
        while (b) {
            while ((b & 1) == 0) b >>= 1;
            if (a > b) swap(a, b);
            b -= a;  // both odd: the difference is even
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
