class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        // Sort (value, position) pairs, then binary-search each value's complement to its right.
        int n = nums.size();
        vector<pair<int, int>> sorted(n);
        for (int i = 0; i < n; ++i) sorted[i] = {nums[i], i};
        sort(sorted.begin(), sorted.end());
        for (int a = 0; a < n; ++a) {
            long long need = (long long)target - sorted[a].first;
            auto it = lower_bound(sorted.begin() + a + 1, sorted.end(), need,
                                  [](const pair<int, int>& p, long long v) { return p.first < v; });
            if (it != sorted.end() && it->first == need) {
                int i = sorted[a].second, j = it->second;
                return {min(i, j), max(i, j)};
            }
        }
        return {};
    }
};
