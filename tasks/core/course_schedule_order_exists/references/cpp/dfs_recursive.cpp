class Solution {
public:
    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
        unlocks.assign(numCourses, {});
        for (const auto& pair : prerequisites) unlocks[pair[1]].push_back(pair[0]);
        colour.assign(numCourses, WHITE);
        for (int c = 0; c < numCourses; ++c)
            if (colour[c] == WHITE && !acyclicFrom(c)) return false;
        return true;
    }

private:
    enum Colour { WHITE, GREY, BLACK };  // unvisited, on the current path, fully explored
    vector<vector<int>> unlocks;
    vector<Colour> colour;

    bool acyclicFrom(int course) {
        colour[course] = GREY;
        for (int after : unlocks[course]) {
            if (colour[after] == GREY) return false;
            if (colour[after] == WHITE && !acyclicFrom(after)) return false;
        }
        colour[course] = BLACK;
        return true;
    }
};
