class Solution:
    def maxArea(self, height: List[int]) -> int:
        best = 0
        n = len(height)
        for i in range(n):
            hi = height[i]
            for j in range(i + 1, n):
                hj = height[j]
                area = (hi if hi < hj else hj) * (j - i)
                if area > best:
                    best = area
        return best
