class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        values = nums
        while True:
            a, b, c = values[0], values[len(values) // 2], values[-1]
            pivot = sorted((a, b, c))[1]
            above = [x for x in values if x > pivot]
            if k <= len(above):
                values = above
                continue
            equal = values.count(pivot)
            if k <= len(above) + equal:
                return pivot
            k -= len(above) + equal
            values = [x for x in values if x < pivot]
