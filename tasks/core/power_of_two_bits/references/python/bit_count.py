class Solution:
    def countPowersOfTwo(self, nums: List[int]) -> int:
        return sum(1 for x in nums if x > 0 and x.bit_count() == 1)
