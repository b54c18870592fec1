class Solution:
    def maxArea(self, height: List[int]) -> int:
        left, right = 0, len(height) - 1
        best = 0
        while left < right:
            hl, hr = height[left], height[right]
            if hl < hr:
                area = hl * (right - left)
                left += 1
            else:
                area = hr * (right - left)
                right -= 1
            if area > best:
                best = area
        return best
