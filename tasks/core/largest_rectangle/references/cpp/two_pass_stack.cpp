class Solution {
public:
    int largestRectangleArea(vector<int>& heights) {
        // Nearest lower bar on each side by two monotonic-stack passes, then every bar's rectangle.
        int n = heights.size();
        vector<int> left(n), right(n), stack;
        stack.reserve(n);
        for (int i = 0; i < n; ++i) {
            while (!stack.empty() && heights[stack.back()] >= heights[i]) stack.pop_back();
            left[i] = stack.empty() ? -1 : stack.back();
            stack.push_back(i);
        }
        stack.clear();
        for (int i = n - 1; i >= 0; --i) {
            while (!stack.empty() && heights[stack.back()] >= heights[i]) stack.pop_back();
            right[i] = stack.empty() ? n : stack.back();
            stack.push_back(i);
        }
        int best = 0;
        for (int i = 0; i < n; ++i) best = max(best, heights[i] * (right[i] - left[i] - 1));
        return best;
    }
};
