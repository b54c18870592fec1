class Solution:
    def trap(self, height: List[int]) -> int:
        stack = []  # indices of bars with decreasing heights
        total = 0
        for i, h in enumerate(height):
            while stack and height[stack[-1]] < h:
                bottom = height[stack.pop()]
                if not stack:
                    break
                left = stack[-1]
                # One horizontal layer of water between the left wall and bar i, above `bottom`.
                total += (min(height[left], h) - bottom) * (i - left - 1)
            stack.append(i)
        return total
