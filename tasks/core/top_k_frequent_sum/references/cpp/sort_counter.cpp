class Solution {
public:
    long long topKFrequentSum(vector<int>& nums, int k) {
        unordered_map<int, int> counts;
        for (int v : nums) ++counts[v];
        vector<pair<int, int>> ranked;  // (count, value): sorting descending applies the tie rule
        ranked.reserve(counts.size());
        for (auto& [v, c] : counts) ranked.emplace_back(c, v);
        sort(ranked.begin(), ranked.end(), greater<>());
        long long total = 0;
        for (int i = 0; i < k; ++i) total += ranked[i].second;
        return total;
    }
};
