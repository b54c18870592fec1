class Solution {
public:
    vector<vector<int>> merge(vector<vector<int>>& intervals) {
        vector<pair<int, int>> spans;
        spans.reserve(intervals.size());
        for (const auto& iv : intervals) spans.emplace_back(iv[0], iv[1]);
        sort(spans.begin(), spans.end());
        vector<vector<int>> merged;
        for (const auto& [s, e] : spans) {
            if (!merged.empty() && s <= merged.back()[1]) {
                merged.back()[1] = max(merged.back()[1], e);
            } else {
                merged.push_back({s, e});
            }
        }
        return merged;
    }
};
