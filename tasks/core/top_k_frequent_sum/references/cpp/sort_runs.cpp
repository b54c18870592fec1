class Solution {
public:
    long long topKFrequentSum(vector<int>& nums, int k) {
        // No hashing: equal values are adjacent once sorted, so counting is a scan over runs.
        vector<int> sorted(nums);
        sort(sorted.begin(), sorted.end());
        vector<pair<int, int>> runs;  // (count, value)
        for (size_t i = 0; i < sorted.size();) {
            size_t j = i;
            while (j < sorted.size() && sorted[j] == sorted[i]) ++j;
            runs.emplace_back(j - i, sorted[i]);
            i = j;
        }
        sort(runs.rbegin(), runs.rend());  // by count, then value, both descending
        long long total = 0;
        for (int i = 0; i < k; ++i) total += runs[i].second;
        return total;
    }
};
