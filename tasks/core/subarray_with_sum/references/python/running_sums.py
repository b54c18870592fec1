class Solution:
    def subarrayWithSum(self, nums: List[int], k: int) -> List[int]:
        n = len(nums)
        for i in range(n):
            total = 0
            for j in range(i, n):
                total += nums[j]
                if total == k:
                    return [i, j]
        return []
