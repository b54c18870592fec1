class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        # 0 sorts before 1, so an interval starting where another ends opens before that one closes
        events = [(s, 0) for s, _ in intervals] + [(e, 1) for _, e in intervals]
        events.sort()
        merged = []
        open_count = 0
        opened_at = 0
        for point, kind in events:
            if kind == 0:
                if open_count == 0:
                    opened_at = point
                open_count += 1
            else:
                open_count -= 1
                if open_count == 0:
                    merged.append([opened_at, point])
        return merged
