from bisect import insort


class Solution:
    def connectSticks(self, sticks: List[int]) -> int:
        # A sorted list of negated lengths: the two shortest sticks are popped from the end, the
        # joined one is inserted in place (O(log n) comparisons, O(n) memmove per join).
        pile = sorted(-s for s in sticks)
        total = 0
        while len(pile) > 1:
            joined = pile.pop() + pile.pop()
            total -= joined
            insort(pile, joined)
        return total
