class Solution:
    def trap(self, height: List[int]) -> int:
        total = 0
        for i, h in enumerate(height):
            # Scan both sides for the tallest wall, every time.
            left = h
            for x in height[:i]:
                if x > left:
                    left = x
            right = h
            for x in height[i + 1:]:
                if x > right:
                    right = x
            total += min(left, right) - h
        return total
