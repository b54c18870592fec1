class Solution:
    def topKFrequentSum(self, nums: List[int], k: int) -> int:
        counts = Counter(nums)
        # Sorting (count, value) pairs descending applies the tie rule for free.
        ranked = sorted(counts.items(), key=lambda item: (item[1], item[0]), reverse=True)
        return sum(v for v, _ in ranked[:k])
