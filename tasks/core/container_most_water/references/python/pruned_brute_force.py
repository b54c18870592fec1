class Solution:
    def maxArea(self, height: List[int]) -> int:
        best = 0
        n = len(height)
        for i in range(n):
            hi = height[i]
            # Widest partners first: once hi * (j - i) cannot beat best, no nearer j can either.
            for j in range(n - 1, i, -1):
                if hi * (j - i) <= best:
                    break
                area = min(hi, height[j]) * (j - i)
                if area > best:
                    best = area
        return best
