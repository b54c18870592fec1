class Solution:
    def groupAnagramCount(self, strs: List[str]) -> int:
        keys = sorted("".join(sorted(word)) for word in strs)
        groups = 0
        previous = None
        for key in keys:
            if key != previous:
                groups += 1
                previous = key
        return groups
