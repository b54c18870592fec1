class Solution {
public:
    int maxArea(vector<int>& height) {
        int left = 0, right = (int)height.size() - 1, best = 0;
        while (left < right) {
            int hl = height[left], hr = height[right];
            if (hl < hr) {
                best = max(best, hl * (right - left));
                // A line no taller than hl, nearer the middle, cannot make a larger container.
                while (left < right && height[left] <= hl) ++left;
            } else {
                best = max(best, hr * (right - left));
                while (left < right && height[right] <= hr) --right;
            }
        }
        return best;
    }
};
