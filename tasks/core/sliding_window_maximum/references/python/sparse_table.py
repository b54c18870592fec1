class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        # level holds maxima of spans of length `span`; double it until two spans cover a window.
        level = nums
        span = 1
        while span * 2 <= k:
            level = list(map(max, level[:len(level) - span], level[span:]))
            span *= 2
        # Two spans of length `span` (span <= k < 2 span) cover [i, i + k) with overlap.
        shift = k - span
        return list(map(max, level[:len(nums) - k + 1], level[shift:shift + len(nums) - k + 1]))
