class Solution {
public:
    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
        unlocks.assign(numCourses, {});
        for (const auto& pair : prerequisites) unlocks[pair[1]].push_back(pair[0]);
        index.assign(numCourses, -1);
        low.assign(numCourses, 0);
        onStack.assign(numCourses, false);
        counter = 0;
        acyclic = true;
        for (int c = 0; c < numCourses && acyclic; ++c)
            if (index[c] < 0) connect(c);
        return acyclic;
    }

private:
    vector<vector<int>> unlocks;
    vector<int> index, low, stack;
    vector<bool> onStack;
    int counter = 0;
    bool acyclic = true;

    // Tarjan's strongly connected components; without self-loops, a cycle exists iff some
    // component holds more than one course.
    void connect(int v) {
        index[v] = low[v] = counter++;
        stack.push_back(v);
        onStack[v] = true;
        for (int w : unlocks[v]) {
            if (index[w] < 0) {
                connect(w);
                low[v] = min(low[v], low[w]);
            } else if (onStack[w]) {
                low[v] = min(low[v], index[w]);
            }
        }
        if (low[v] == index[v]) {
            int size = 0, w;
            do {
                w = stack.back();
                stack.pop_back();
                onStack[w] = false;
                ++size;
            } while (w != v);
            if (size > 1) acyclic = false;
        }
    }
};
