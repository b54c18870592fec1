class Solution:
    def maxArea(self, height: List[int]) -> int:
        # Taking lines from the tallest down, every line seen so far is at least as tall as the current
        # one, so the current line is the shorter side and its best partner is the farthest seen line.
        order = sorted(range(len(height)), key=height.__getitem__, reverse=True)
        best = 0
        lo = hi = None
        for i in order:
            if lo is None:
                lo = hi = i
                continue
            if i < lo:
                lo = i
            elif i > hi:
                hi = i
            width = max(i - lo, hi - i)
            area = height[i] * width
            if area > best:
                best = area
        return best
