class Solution {
public:
    int trap(vector<int>& height) {
        stack<int> bars;  // indices of bars with decreasing heights
        int total = 0;
        for (int i = 0; i < (int)height.size(); ++i) {
            while (!bars.empty() && height[bars.top()] < height[i]) {
                int bottom = height[bars.top()];
                bars.pop();
                if (bars.empty()) break;
                int left = bars.top();
                // One horizontal layer of water between the left wall and bar i, above `bottom`.
                total += (min(height[left], height[i]) - bottom) * (i - left - 1);
            }
            bars.push(i);
        }
        return total;
    }
};
