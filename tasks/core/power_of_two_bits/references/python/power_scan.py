class Solution:
    def countPowersOfTwo(self, nums: List[int]) -> int:
        count = 0
        for x in nums:
            power = 1
            for _ in range(63):
                if x == power:
                    count += 1
                    break
                power *= 2
        return count
