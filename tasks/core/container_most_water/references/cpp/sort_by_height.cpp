class Solution {
public:
    int maxArea(vector<int>& height) {
        int n = height.size();
        if (n < 2) return 0;
        vector<int> order(n);
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int a, int b) { return height[a] > height[b]; });
        // From the tallest down, every line seen so far is at least as tall as the current one, so the
        // current line is the shorter side and its best partner is the farthest line seen.
        int lo = order[0], hi = order[0], best = 0;
        for (int k = 1; k < n; ++k) {
            int i = order[k];
            lo = min(lo, i);
            hi = max(hi, i);
            best = max(best, height[i] * max(i - lo, hi - i));
        }
        return best;
    }
};
