class Solution:
    def gcdPairSum(self, nums: List[int]) -> int:
        def gcd(a, b):
            return a if b == 0 else gcd(b, a % b)

        total = 0
        for i in range(len(nums) - 1):
            total += gcd(nums[i], nums[i + 1])
        return total
