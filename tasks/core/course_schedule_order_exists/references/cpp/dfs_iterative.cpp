class Solution {
public:
    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
        vector<vector<int>> unlocks(numCourses);
        for (const auto& pair : prerequisites) unlocks[pair[1]].push_back(pair[0]);
        enum { WHITE, GREY, BLACK };
        vector<char> colour(numCourses, WHITE);
        vector<pair<int, size_t>> stack;  // (course, index of the next edge to follow)
        for (int start = 0; start < numCourses; ++start) {
            if (colour[start] != WHITE) continue;
            colour[start] = GREY;
            stack.push_back({start, 0});
            while (!stack.empty()) {
                auto& [course, k] = stack.back();
                if (k == unlocks[course].size()) {
                    colour[course] = BLACK;
                    stack.pop_back();
                    continue;
                }
                int after = unlocks[course][k++];
                if (colour[after] == GREY) return false;  // an edge back into the current path
                if (colour[after] == WHITE) {
                    colour[after] = GREY;
                    stack.push_back({after, 0});
                }
            }
        }
        return true;
    }
};
