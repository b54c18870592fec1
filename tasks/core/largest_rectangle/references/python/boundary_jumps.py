class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        n = len(heights)
        left = [0] * n   # index of the nearest lower bar on the left, or -1
        right = [0] * n  # index of the nearest lower bar on the right, or n
        for i in range(n):
            j = i - 1
            while j >= 0 and heights[j] >= heights[i]:
                j = left[j]
            left[i] = j
        for i in range(n - 1, -1, -1):
            j = i + 1
            while j < n and heights[j] >= heights[i]:
                j = right[j]
            right[i] = j
        best = 0
        for i in range(n):
            area = heights[i] * (right[i] - left[i] - 1)
            if area > best:
                best = area
        return best
