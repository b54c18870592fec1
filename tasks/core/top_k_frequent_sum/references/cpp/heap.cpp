class Solution {
public:
    long long topKFrequentSum(vector<int>& nums, int k) {
        unordered_map<int, int> counts;
        for (int v : nums) ++counts[v];
        // A min-heap of the best k (count, value) pairs so far; its top is the weakest of them.
        priority_queue<pair<int, int>, vector<pair<int, int>>, greater<>> heap;
        for (auto& [v, c] : counts) {
            if ((int)heap.size() < k) heap.emplace(c, v);
            else if (make_pair(c, v) > heap.top()) heap.pop(), heap.emplace(c, v);
        }
        long long total = 0;
        for (; !heap.empty(); heap.pop()) total += heap.top().second;
        return total;
    }
};
