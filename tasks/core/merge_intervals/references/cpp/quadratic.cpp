class Solution {
public:
    vector<vector<int>> merge(vector<vector<int>>& intervals) {
        vector<vector<int>> merged;
        for (const auto& iv : intervals) {
            int s = iv[0], e = iv[1];
            vector<vector<int>> kept;
            for (auto& other : merged) {
                if (other[1] < s || other[0] > e) {
                    kept.push_back(std::move(other));
                } else {
                    s = min(s, other[0]);
                    e = max(e, other[1]);
                }
            }
            kept.push_back({s, e});
            merged = std::move(kept);
        }
        sort(merged.begin(), merged.end());
        return merged;
    }
};
