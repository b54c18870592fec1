from bisect import bisect_left, bisect_right


class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        # disjoint merged intervals so far, as two sorted parallel lists
        starts = []
        ends = []
        for s, e in intervals:
            i = bisect_left(ends, s)       # first interval that ends at or after s
            j = bisect_right(starts, e)    # intervals before j start at or before e
            if i < j:
                s = min(s, starts[i])
                e = max(e, ends[j - 1])
            starts[i:j] = [s]
            ends[i:j] = [e]
        return [[s, e] for s, e in zip(starts, ends)]
