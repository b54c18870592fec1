class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # Best length ending at each value rank, kept in an iterative segment tree of maxima:
        # a range-maximum query over smaller ranks and a point update per element, O(n log n).
        rank = {v: r for r, v in enumerate(sorted(set(nums)))}
        size = 1
        while size < len(rank):
            size *= 2
        tree = [0] * (2 * size)
        answer = 0
        for x in nums:
            lo, hi = size, size + rank[x]  # maximum over leaves [lo, hi)
            best = 0
            while lo < hi:
                if lo & 1:
                    if tree[lo] > best:
                        best = tree[lo]
                    lo += 1
                if hi & 1:
                    hi -= 1
                    if tree[hi] > best:
                        best = tree[hi]
                lo >>= 1
                hi >>= 1
            best += 1
            if best > answer:
                answer = best
            i = size + rank[x]
            while i and tree[i] < best:
                tree[i] = best
                i >>= 1
        return answer
