class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        out = []
        for start in range(len(nums) - k + 1):
            best = nums[start]
            for i in range(start + 1, start + k):
                if nums[i] > best:
                    best = nums[i]
            out.append(best)
        return out
