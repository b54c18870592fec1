class Solution {
public:
    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
        vector<vector<int>> unlocks(numCourses);
        vector<int> missing(numCourses, 0);  // prerequisites not yet taken, per course
        for (const auto& pair : prerequisites) {
            unlocks[pair[1]].push_back(pair[0]);
            ++missing[pair[0]];
        }
        queue<int> ready;
        for (int c = 0; c < numCourses; ++c)
            if (missing[c] == 0) ready.push(c);
        int taken = 0;
        while (!ready.empty()) {
            int course = ready.front();
            ready.pop();
            ++taken;
            for (int after : unlocks[course])
                if (--missing[after] == 0) ready.push(after);
        }
        return taken == numCourses;  // courses on or behind a cycle never become ready
    }
};
