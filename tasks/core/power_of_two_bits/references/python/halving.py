class Solution:
    def countPowersOfTwo(self, nums: List[int]) -> int:
        count = 0
        for x in nums:
            if x <= 0:
                continue
            while x % 2 == 0:
                x //= 2
            if x == 1:  # only the factors of two were there
                count += 1
        return count
