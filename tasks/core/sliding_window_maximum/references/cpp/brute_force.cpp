class Solution {
public:
    vector<int> maxSlidingWindow(vector<int>& nums, int k) {
        int n = nums.size();
        vector<int> out;
        out.reserve(n - k + 1);
        for (int start = 0; start + k <= n; ++start) {
            int best = nums[start];
            for (int i = start + 1; i < start + k; ++i) best = max(best, nums[i]);
            out.push_back(best);
        }
        return out;
    }
};
