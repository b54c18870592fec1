class Solution:
    def gcdPairSum(self, nums: List[int]) -> int:
        # Pair each value with its right neighbour; math.gcd and sum both run in C.
        return sum(map(math.gcd, nums, nums[1:]))
