class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        merged = []
        for s, e in intervals:
            kept = []
            for other in merged:
                if other[1] < s or other[0] > e:
                    kept.append(other)
                else:
                    s = min(s, other[0])
                    e = max(e, other[1])
            kept.append([s, e])
            merged = kept
        merged.sort()
        return merged
