class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        # a min-heap of the k largest values seen, sifted by hand
        heap = []
        for x in nums:
            if len(heap) < k:
                heap.append(x)
                i = len(heap) - 1
                while i > 0:
                    parent = (i - 1) // 2
                    if heap[parent] <= heap[i]:
                        break
                    heap[parent], heap[i] = heap[i], heap[parent]
                    i = parent
            elif x > heap[0]:
                heap[0] = x
                i = 0
                size = len(heap)
                while True:
                    left = 2 * i + 1
                    if left >= size:
                        break
                    child = left
                    if left + 1 < size and heap[left + 1] < heap[left]:
                        child = left + 1
                    if heap[i] <= heap[child]:
                        break
                    heap[i], heap[child] = heap[child], heap[i]
                    i = child
        return heap[0]
