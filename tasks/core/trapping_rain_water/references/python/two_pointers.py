class Solution:
    def trap(self, height: List[int]) -> int:
        # The lower side's tallest wall bounds the water there, whatever lies beyond the other pointer.
        lo, hi = 0, len(height) - 1
        left_max = right_max = 0
        total = 0
        while lo < hi:
            if height[lo] < height[hi]:
                h = height[lo]
                if h > left_max:
                    left_max = h
                else:
                    total += left_max - h
                lo += 1
            else:
                h = height[hi]
                if h > right_max:
                    right_max = h
                else:
                    total += right_max - h
                hi -= 1
        return total
