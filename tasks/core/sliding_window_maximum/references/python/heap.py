class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        # Max-heap through negated values; entries that slid out are dropped only when they surface.
        heap = [(-v, i) for i, v in enumerate(nums[:k - 1])]
        heapify(heap)
        out = []
        for i in range(k - 1, len(nums)):
            heappush(heap, (-nums[i], i))
            while heap[0][1] <= i - k:
                heappop(heap)
            out.append(-heap[0][0])
        return out
