class Solution:
    def trap(self, height: List[int]) -> int:
        # Water level = min(prefix max, suffix max); the running maxima come from itertools in C.
        left = accumulate(height, max)
        right = list(accumulate(reversed(height), max))
        right.reverse()
        return sum(map(min, left, right)) - sum(height)
