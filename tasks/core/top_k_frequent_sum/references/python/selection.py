class Solution:
    def topKFrequentSum(self, nums: List[int], k: int) -> int:
        counts = {}
        for v in nums:
            counts[v] = counts.get(v, 0) + 1
        items = list(counts.items())
        total = 0
        for _ in range(k):
            # One pass over the values left to pick the most frequent (the larger one on a tie).
            best = 0
            for i in range(1, len(items)):
                v, c = items[i]
                bv, bc = items[best]
                if c > bc or (c == bc and v > bv):
                    best = i
            total += items[best][0]
            items[best] = items[-1]
            items.pop()
        return total
