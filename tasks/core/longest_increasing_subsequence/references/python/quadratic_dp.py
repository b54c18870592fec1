class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        best = [1] * len(nums)  # best[i]: longest increasing subsequence ending at i
        for i in range(len(nums)):
            x = nums[i]
            for j in range(i):
                if nums[j] < x and best[j] + 1 > best[i]:
                    best[i] = best[j] + 1
        return max(best, default=0)
