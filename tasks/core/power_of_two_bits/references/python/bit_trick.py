class Solution:
    def countPowersOfTwo(self, nums: List[int]) -> int:
        # x & (x - 1) clears the lowest set bit; only a single-bit value becomes zero.
        count = 0
        for x in nums:
            if x > 0 and x & (x - 1) == 0:
                count += 1
        return count
