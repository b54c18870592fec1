import heapq


class Solution:
    def connectSticks(self, sticks: List[int]) -> int:
        heap = list(sticks)
        heapq.heapify(heap)
        total = 0
        while len(heap) > 1:
            joined = heapq.heappop(heap) + heapq.heappop(heap)
            total += joined
            heapq.heappush(heap, joined)
        return total
