class Solution:
    def subarrayWithSum(self, nums: List[int], k: int) -> List[int]:
        prefix = [0]  # prefix[i] = nums[0] + ... + nums[i - 1]
        for x in nums:
            prefix.append(prefix[-1] + x)
        for j in range(1, len(prefix)):
            try:  # O(j) scan of the earlier prefix sums, done inside list.index
                i = prefix.index(prefix[j] - k, 0, j)
            except ValueError:
                continue
            return [i, j - 1]
        return []
