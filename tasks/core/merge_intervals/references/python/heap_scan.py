import heapq


class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        heap = [(s, e) for s, e in intervals]
        heapq.heapify(heap)
        merged = []
        while heap:
            start, end = heapq.heappop(heap)
            if merged and start <= merged[-1][1]:
                if end > merged[-1][1]:
                    merged[-1][1] = end
            else:
                merged.append([start, end])
        return merged
