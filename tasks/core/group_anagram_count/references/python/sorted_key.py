class Solution:
    def groupAnagramCount(self, strs: List[str]) -> int:
        return len({"".join(sorted(word)) for word in strs})
