class Solution {
public:
    long long gcdPairSum(vector<long long>& nums) {
        long long total = 0;
        for (size_t i = 0; i + 1 < nums.size(); ++i) total += std::gcd(nums[i], nums[i + 1]);
        return total;
    }
};
