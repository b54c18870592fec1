class Solution {
public:
    int trap(vector<int>& height) {
        // The lower side's tallest wall bounds the water there, whatever lies beyond the other pointer.
        int lo = 0, hi = (int)height.size() - 1;
        int leftMax = 0, rightMax = 0, total = 0;
        while (lo < hi) {
            if (height[lo] < height[hi]) {
                leftMax = max(leftMax, height[lo]);
                total += leftMax - height[lo++];
            } else {
                rightMax = max(rightMax, height[hi]);
                total += rightMax - height[hi--];
            }
        }
        return total;
    }
};
