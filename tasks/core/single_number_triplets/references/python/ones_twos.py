class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        # per bit, (twos, ones) counts how often it was set, modulo 3: 00 -> 01 -> 10 -> 00
        ones = twos = 0
        for x in nums:
            ones = (ones ^ x) & ~twos
            twos = (twos ^ x) & ~ones
        # Python ints behave as infinitely sign-extended two's complement, so negatives come out right
        return ones
