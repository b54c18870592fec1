class Solution {
public:
    int trap(vector<int>& height) {
        int n = height.size(), total = 0;
        for (int i = 0; i < n; ++i) {
            // Scan both sides for the tallest wall, every time.
            int left = 0, right = 0;
            for (int j = 0; j <= i; ++j) left = max(left, height[j]);
            for (int j = i; j < n; ++j) right = max(right, height[j]);
            total += min(left, right) - height[i];
        }
        return total;
    }
};
