class Solution {
public:
    long long topKFrequentSum(vector<int>& nums, int k) {
        unordered_map<int, int> counts;
        for (int v : nums) ++counts[v];
        vector<pair<int, int>> items(counts.begin(), counts.end());  // (value, count)
        long long total = 0;
        for (int round = 0; round < k; ++round) {
            // One pass over the values left to pick the most frequent (the larger one on a tie).
            size_t best = 0;
            for (size_t i = 1; i < items.size(); ++i) {
                if (items[i].second > items[best].second ||
                    (items[i].second == items[best].second && items[i].first > items[best].first))
                    best = i;
            }
            total += items[best].first;
            items[best] = items.back();
            items.pop_back();
        }
        return total;
    }
};
