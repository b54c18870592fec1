class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        n = len(nums)
        size = 1
        while size < n:
            size *= 2
        tree = [1] * (2 * size)  # leaves at size..2*size-1, each inner node the product of its children
        tree[size:size + n] = nums
        for node in range(size - 1, 0, -1):
            tree[node] = tree[2 * node] * tree[2 * node + 1]

        def product(lo: int, hi: int) -> int:
            """Product of nums[lo:hi], walking up from both ends of the half-open range."""
            result = 1
            lo += size
            hi += size
            while lo < hi:
                if lo & 1:
                    result *= tree[lo]
                    lo += 1
                if hi & 1:
                    hi -= 1
                    result *= tree[hi]
                lo //= 2
                hi //= 2
            return result

        return [product(0, i) * product(i + 1, n) for i in range(n)]
