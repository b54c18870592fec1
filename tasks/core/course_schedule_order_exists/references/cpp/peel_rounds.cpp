class Solution {
public:
    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
        vector<pair<int, int>> remaining;  // (course, prerequisite)
        for (const auto& pair : prerequisites) remaining.push_back({pair[0], pair[1]});
        vector<char> blocked(numCourses);
        while (!remaining.empty()) {
            // Courses still needing something cannot be taken this round; everything else can.
            fill(blocked.begin(), blocked.end(), 0);
            for (const auto& [course, before] : remaining) blocked[course] = 1;
            vector<pair<int, int>> kept;
            for (const auto& pair : remaining)
                if (blocked[pair.second]) kept.push_back(pair);
            if (kept.size() == remaining.size()) return false;  // nothing could be taken: a cycle
            remaining.swap(kept);
        }
        return true;
    }
};
