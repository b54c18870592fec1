class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        best = 0
        n = len(heights)
        for i in range(n):
            low = heights[i]
            for j in range(i, n):
                if heights[j] < low:
                    low = heights[j]
                area = low * (j - i + 1)
                if area > best:
                    best = area
        return best
