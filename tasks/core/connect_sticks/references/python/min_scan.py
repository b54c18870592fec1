class Solution:
    def connectSticks(self, sticks: List[int]) -> int:
        pile = list(sticks)
        total = 0
        while len(pile) > 1:
            a = pile.pop(pile.index(min(pile)))
            b = pile.pop(pile.index(min(pile)))
            total += a + b
            pile.append(a + b)
        return total
