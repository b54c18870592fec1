class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        # Split at the middle: the best rectangle lies in one half or crosses the two middle bars.
        # The crossing one is found by growing a window from the middle toward the taller neighbour,
        # so each level costs O(n) and the whole O(n log n).
        h = heights

        def solve(lo, hi):
            if lo == hi:
                return h[lo]
            mid = (lo + hi) // 2
            best = max(solve(lo, mid), solve(mid + 1, hi))
            i, j = mid, mid + 1
            low = min(h[i], h[j])
            if 2 * low > best:
                best = 2 * low
            while i > lo or j < hi:
                if j < hi and (i == lo or h[j + 1] > h[i - 1]):
                    j += 1
                    if h[j] < low:
                        low = h[j]
                else:
                    i -= 1
                    if h[i] < low:
                        low = h[i]
                area = low * (j - i + 1)
                if area > best:
                    best = area
            return best

        return solve(0, len(h) - 1) if h else 0
