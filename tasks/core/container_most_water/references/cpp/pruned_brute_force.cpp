class Solution {
public:
    int maxArea(vector<int>& height) {
        int n = height.size(), best = 0;
        for (int i = 0; i < n; ++i) {
            // Widest partners first: once height[i] * (j - i) cannot beat best, no nearer j can either.
            for (int j = n - 1; j > i && height[i] * (j - i) > best; --j)
                best = max(best, min(height[i], height[j]) * (j - i));
        }
        return best;
    }
};
