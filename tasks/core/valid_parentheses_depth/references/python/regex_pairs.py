import re

INNERMOST = re.compile(r"\(\)|\[\]|\{\}")


class Solution:
    def maxDepth(self, s: str) -> int:
        rest = s
        rounds = 0
        while rest:
            shorter = INNERMOST.sub("", rest)
            if len(shorter) == len(rest):
                return -1
            rest = shorter
            rounds += 1
        # each round deletes every innermost pair at once, so a balanced string needs exactly
        # as many rounds as it is deep
        return rounds
