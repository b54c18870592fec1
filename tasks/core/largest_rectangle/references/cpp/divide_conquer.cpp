class Solution {
    // Best rectangle within [lo, hi]: in one half, or crossing the two middle bars (grown from the
    // middle toward the taller neighbour). O(n log n).
    int solve(const vector<int>& h, int lo, int hi) {
        if (lo == hi) return h[lo];
        int mid = (lo + hi) / 2;
        int best = max(solve(h, lo, mid), solve(h, mid + 1, hi));
        int i = mid, j = mid + 1, low = min(h[i], h[j]);
        best = max(best, 2 * low);
        while (i > lo || j < hi) {
            if (j < hi && (i == lo || h[j + 1] > h[i - 1])) low = min(low, h[++j]);
            else low = min(low, h[--i]);
            best = max(best, low * (j - i + 1));
        }
        return best;
    }

public:
    int largestRectangleArea(vector<int>& heights) {
        return heights.empty() ? 0 : solve(heights, 0, heights.size() - 1);
    }
};
