class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        # 3 * (sum of distinct values) counts the single value twice too often
        return (3 * sum(set(nums)) - sum(nums)) // 2
