class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        # Still O(n k), but every window's scan runs inside the built-in max.
        return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]
