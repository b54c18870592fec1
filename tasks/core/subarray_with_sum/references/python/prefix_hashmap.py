class Solution:
    def subarrayWithSum(self, nums: List[int], k: int) -> List[int]:
        first = {0: -1}  # prefix sum -> the last index of the first prefix reaching it (-1: empty prefix)
        prefix = 0
        for j, x in enumerate(nums):
            prefix += x
            i = first.get(prefix - k)
            if i is not None:
                return [i + 1, j]
            if prefix not in first:
                first[prefix] = j
        return []
