class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        # Myers (1999): the vertical differences of one column of the DP table (word1 down the
        # side) are kept as two bit vectors, +1 in `plus` and -1 in `minus`; one text character
        # updates the whole column with a few big-integer operations.
        m = len(word1)
        if m == 0:
            return len(word2)
        full = (1 << m) - 1
        top = 1 << (m - 1)
        match = {}
        for i, ch in enumerate(word1):
            match[ch] = match.get(ch, 0) | (1 << i)
        plus, minus = full, 0
        score = m
        for ch in word2:
            eq = match.get(ch, 0)
            xv = eq | minus
            xh = (((eq & plus) + plus) ^ plus) | eq
            hplus = minus | (~(xh | plus) & full)
            hminus = plus & xh
            if hplus & top:
                score += 1
            elif hminus & top:
                score -= 1
            # the first row of the table grows by one per column, so a +1 enters at the top
            hplus = ((hplus << 1) | 1) & full
            hminus = (hminus << 1) & full
            plus = hminus | (~(xv | hplus) & full)
            minus = hplus & xv
        return score
