class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # Patience tails found by a linear scan instead of a binary search: O(n * L) for an answer L.
        tails = []
        for x in nums:
            i = 0
            while i < len(tails) and tails[i] < x:
                i += 1
            if i == len(tails):
                tails.append(x)
            else:
                tails[i] = x
        return len(tails)
