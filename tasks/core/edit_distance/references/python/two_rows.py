class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        if len(word1) < len(word2):
            word1, word2 = word2, word1  # rows as short as possible
        previous = list(range(len(word2) + 1))
        for i, a in enumerate(word1, 1):
            current = [i]
            left = i
            for j, b in enumerate(word2):
                if a == b:
                    left = previous[j]
                else:
                    best = previous[j]
                    up = previous[j + 1]
                    if up < best:
                        best = up
                    if left < best:
                        best = left
                    left = best + 1
                current.append(left)
            previous = current
        return previous[-1]
