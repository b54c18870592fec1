class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        a = list(nums)
        target = len(a) - k  # index in ascending order
        lo, hi = 0, len(a) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            pivot = sorted((a[lo], a[mid], a[hi]))[1]
            i, j = lo, hi
            while i <= j:
                while a[i] < pivot:
                    i += 1
                while a[j] > pivot:
                    j -= 1
                if i <= j:
                    a[i], a[j] = a[j], a[i]
                    i += 1
                    j -= 1
            # now a[lo..j] <= pivot <= a[i..hi], and a[j+1..i-1] == pivot
            if target <= j:
                hi = j
            elif target >= i:
                lo = i
            else:
                return a[target]
        return a[target]
