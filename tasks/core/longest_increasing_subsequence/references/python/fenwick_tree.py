class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        rank = {v: r for r, v in enumerate(sorted(set(nums)), start=1)}
        size = len(rank)
        tree = [0] * (size + 1)  # tree holds prefix maxima of "best length ending at value rank"
        answer = 0
        for x in nums:
            r = rank[x] - 1  # strictly smaller values only
            best = 0
            while r > 0:
                if tree[r] > best:
                    best = tree[r]
                r -= r & -r
            best += 1
            if best > answer:
                answer = best
            r = rank[x]
            while r <= size:
                if tree[r] < best:
                    tree[r] = best
                r += r & -r
        return answer
