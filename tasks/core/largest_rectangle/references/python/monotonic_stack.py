class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        stack = [-1]  # indices of bars with increasing heights; -1 is the left wall
        best = 0
        bars = heights + [0]  # the trailing zero flushes the stack
        for i, h in enumerate(bars):
            while len(stack) > 1 and bars[stack[-1]] >= h:
                top = bars[stack.pop()]
                area = top * (i - stack[-1] - 1)
                if area > best:
                    best = area
            stack.append(i)
        return best
