class Solution:
    def groupAnagramCount(self, strs: List[str]) -> int:
        keys = set()
        base = ord("a")
        for word in strs:
            counts = [0] * 26
            for ch in word:
                counts[ord(ch) - base] += 1
            keys.add(tuple(counts))
        return len(keys)
