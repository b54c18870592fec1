class Solution {
public:
    long long gcdPairSum(vector<long long>& nums) {
        long long total = 0;
        for (size_t i = 0; i + 1 < nums.size(); ++i) {
            long long a = nums[i], b = nums[i + 1];
            while (b) {
                long long r = a % b;
                a = b;
                b = r;
            }
            total += a;
        }
        return total;
    }
};
