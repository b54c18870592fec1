class Solution:
    def topKFrequentSum(self, nums: List[int], k: int) -> int:
        counts = Counter(nums)
        # A min-heap of the best k (count, value) pairs seen so far; its top is the weakest of them.
        heap = []
        for v, c in counts.items():
            if len(heap) < k:
                heappush(heap, (c, v))
            elif (c, v) > heap[0]:
                heapreplace(heap, (c, v))
        return sum(v for _, v in heap)
