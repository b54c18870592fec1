class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        vector<int> order(nums.size());
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int a, int b) { return nums[a] < nums[b]; });
        int lo = 0, hi = (int)order.size() - 1;
        while (lo < hi) {
            long long total = (long long)nums[order[lo]] + nums[order[hi]];
            if (total == target) return {min(order[lo], order[hi]), max(order[lo], order[hi])};
            if (total < target) ++lo; else --hi;
        }
        return {};
    }
};
