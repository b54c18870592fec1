class Solution {
public:
    long long topKFrequentSum(vector<int>& nums, int k) {
        // Count by linear search in a table of the distinct values seen so far: no hashing, no sorting.
        vector<int> values, counts;
        for (int v : nums) {
            size_t j = 0;
            while (j < values.size() && values[j] != v) ++j;
            if (j == values.size()) values.push_back(v), counts.push_back(0);
            ++counts[j];
        }
        long long total = 0;
        for (int round = 0; round < k; ++round) {
            // One pass over the values left to pick the most frequent (the larger one on a tie).
            size_t best = 0;
            for (size_t i = 1; i < values.size(); ++i)
                if (counts[i] > counts[best] || (counts[i] == counts[best] && values[i] > values[best]))
                    best = i;
            total += values[best];
            values[best] = values.back(), counts[best] = counts.back();
            values.pop_back(), counts.pop_back();
        }
        return total;
    }
};
