from bisect import bisect_left


class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # Sort the positions by value, then binary-search each value's complement to its right.
        order = sorted(range(len(nums)), key=nums.__getitem__)
        values = [nums[i] for i in order]
        for a, x in enumerate(values):
            need = target - x
            b = bisect_left(values, need, a + 1)
            if b < len(values) and values[b] == need:
                i, j = order[a], order[b]
                return [i, j] if i < j else [j, i]
        return []
