class Solution {
public:
    int largestRectangleArea(vector<int>& heights) {
        vector<int> stack;
        stack.reserve(heights.size() + 1);
        int n = heights.size(), best = 0;
        for (int i = 0; i <= n; ++i) {
            int h = i == n ? 0 : heights[i];
            while (!stack.empty() && heights[stack.back()] >= h) {
                int top = heights[stack.back()];
                stack.pop_back();
                int width = stack.empty() ? i : i - stack.back() - 1;
                best = max(best, top * width);
            }
            stack.push_back(i);
        }
        return best;
    }
};
