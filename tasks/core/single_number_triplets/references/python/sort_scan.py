class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        ordered = sorted(nums)
        # triplets occupy [i, i + 3) until the single value breaks the pattern
        for i in range(0, len(ordered) - 1, 3):
            if ordered[i] != ordered[i + 2]:
                return ordered[i]
        return ordered[-1]
