class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # Brute force: for each position, search the rest of the array for its complement.
        n = len(nums)
        for i in range(n - 1):
            need = target - nums[i]
            try:
                return [i, nums.index(need, i + 1)]
            except ValueError:
                pass
        return []
