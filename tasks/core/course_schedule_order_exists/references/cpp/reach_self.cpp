class Solution {
public:
    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
        vector<vector<int>> unlocks(numCourses);
        for (const auto& pair : prerequisites) unlocks[pair[1]].push_back(pair[0]);
        // Brute force: an order exists iff no course can reach itself; search again from every course.
        vector<char> seen(numCourses);
        vector<int> stack;
        for (int start = 0; start < numCourses; ++start) {
            fill(seen.begin(), seen.end(), 0);
            stack.assign(1, start);
            while (!stack.empty()) {
                int course = stack.back();
                stack.pop_back();
                for (int after : unlocks[course]) {
                    if (after == start) return false;
                    if (!seen[after]) {
                        seen[after] = 1;
                        stack.push_back(after);
                    }
                }
            }
        }
        return true;
    }
};
