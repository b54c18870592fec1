class Solution {
public:
    vector<vector<int>> merge(vector<vector<int>>& intervals) {
        priority_queue<pair<int, int>, vector<pair<int, int>>, greater<pair<int, int>>> heap;
        for (const auto& iv : intervals) heap.emplace(iv[0], iv[1]);
        vector<vector<int>> merged;
        while (!heap.empty()) {
            auto [s, e] = heap.top();
            heap.pop();
            if (!merged.empty() && s <= merged.back()[1]) {
                merged.back()[1] = max(merged.back()[1], e);
            } else {
                merged.push_back({s, e});
            }
        }
        return merged;
    }
};
