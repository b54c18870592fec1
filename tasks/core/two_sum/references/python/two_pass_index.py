class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # First pass: the last position of every value. Second pass: the first position whose
        # complement sits elsewhere is the smaller index of the pair.
        position = {x: i for i, x in enumerate(nums)}
        for i, x in enumerate(nums):
            j = position.get(target - x)
            if j is not None and j != i:
                return [i, j]
        return []
