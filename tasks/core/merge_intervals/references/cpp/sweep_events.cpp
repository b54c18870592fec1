class Solution {
public:
    vector<vector<int>> merge(vector<vector<int>>& intervals) {
        // (point, 0) opens and (point, 1) closes: at equal points openings come first
        vector<pair<int, int>> events;
        events.reserve(2 * intervals.size());
        for (const auto& iv : intervals) {
            events.emplace_back(iv[0], 0);
            events.emplace_back(iv[1], 1);
        }
        sort(events.begin(), events.end());
        vector<vector<int>> merged;
        int open = 0, openedAt = 0;
        for (const auto& [point, kind] : events) {
            if (kind == 0) {
                if (open++ == 0) openedAt = point;
            } else if (--open == 0) {
                merged.push_back({openedAt, point});
            }
        }
        return merged;
    }
};
