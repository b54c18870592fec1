from heapq import heapify, heappop, heapreplace


class Solution:
    def connectSticks(self, sticks: List[int]) -> int:
        # Heap with one sift fewer per join: pop the shortest, then overwrite the next shortest
        # with the joined stick (heapreplace) instead of a pop and a push.
        heap = list(sticks)
        heapify(heap)
        total = 0
        while len(heap) > 1:
            joined = heappop(heap) + heap[0]
            total += joined
            heapreplace(heap, joined)
        return total
