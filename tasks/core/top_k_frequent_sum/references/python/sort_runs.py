class Solution:
    def topKFrequentSum(self, nums: List[int], k: int) -> int:
        # No hashing: equal values are adjacent once sorted, so counting is a scan over runs.
        ordered = sorted(nums)
        runs = []
        start = 0
        for i in range(1, len(ordered) + 1):
            if i == len(ordered) or ordered[i] != ordered[start]:
                runs.append((i - start, ordered[start]))
                start = i
        runs.sort(reverse=True)  # by count, then by value, both descending
        return sum(v for _, v in runs[:k])
