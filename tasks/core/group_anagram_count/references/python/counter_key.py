from collections import Counter


class Solution:
    def groupAnagramCount(self, strs: List[str]) -> int:
        return len({frozenset(Counter(word).items()) for word in strs})
