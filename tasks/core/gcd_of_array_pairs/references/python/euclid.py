class Solution:
    def gcdPairSum(self, nums: List[int]) -> int:
        total = 0
        for i in range(len(nums) - 1):
            a, b = nums[i], nums[i + 1]
            while b:
                a, b = b, a % b
            total += a
        return total
