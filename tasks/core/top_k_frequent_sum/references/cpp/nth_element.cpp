class Solution {
public:
    long long topKFrequentSum(vector<int>& nums, int k) {
        unordered_map<int, int> counts;
        counts.reserve(nums.size());
        for (int v : nums) ++counts[v];
        vector<pair<int, int>> ranked;  // (count, value)
        ranked.reserve(counts.size());
        for (auto& [v, c] : counts) ranked.emplace_back(c, v);
        // Partition the k best (count, value) pairs to the front; their order does not matter.
        nth_element(ranked.begin(), ranked.begin() + (k - 1), ranked.end(), greater<>());
        long long total = 0;
        for (int i = 0; i < k; ++i) total += ranked[i].second;
        return total;
    }
};
