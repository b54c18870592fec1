class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        result = 0
        for bit in range(32):
            ones = 0
            for x in nums:
                ones += (x >> bit) & 1
            if ones % 3:
                result |= 1 << bit
        if result >= 1 << 31:  # bit 31 is the sign bit of a 32-bit integer
            result -= 1 << 32
        return result
