class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        low = min(nums)
        counts = [0] * (max(nums) - low + 1)
        for x in nums:
            counts[x - low] += 1
        for offset in range(len(counts) - 1, -1, -1):
            k -= counts[offset]
            if k <= 0:
                return offset + low
        return low
