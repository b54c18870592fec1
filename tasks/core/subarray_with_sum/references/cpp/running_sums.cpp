class Solution {
public:
    vector<int> subarrayWithSum(vector<int>& nums, int k) {
        int n = nums.size();
        for (int i = 0; i < n; ++i) {
            long long total = 0;
            for (int j = i; j < n; ++j) {
                total += nums[j];
                if (total == k) return {i, j};
            }
        }
        return {};
    }
};
