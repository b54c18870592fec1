class Solution:
    def groupAnagramCount(self, strs: List[str]) -> int:
        representatives = []  # letter counts of one word per group found so far
        base = ord("a")
        for word in strs:
            counts = [0] * 26
            for ch in word:
                counts[ord(ch) - base] += 1
            for known in representatives:
                if known == counts:
                    break
            else:
                representatives.append(counts)
        return len(representatives)
