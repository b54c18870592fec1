class Solution {
public:
    vector<vector<int>> merge(vector<vector<int>>& intervals) {
        map<int, int> disjoint;  // start -> end, never overlapping
        for (const auto& iv : intervals) {
            int s = iv[0], e = iv[1];
            auto it = disjoint.upper_bound(s);
            if (it != disjoint.begin()) {
                auto prev = std::prev(it);
                if (prev->second >= s) it = prev;
            }
            while (it != disjoint.end() && it->first <= e) {
                s = min(s, it->first);
                e = max(e, it->second);
                it = disjoint.erase(it);
            }
            disjoint.emplace(s, e);
        }
        vector<vector<int>> merged;
        merged.reserve(disjoint.size());
        for (const auto& [s, e] : disjoint) merged.push_back({s, e});
        return merged;
    }
};
