class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        remaining = prerequisites
        while remaining:
            # Courses still needing something cannot be taken this round; everything else can.
            blocked = set()
            for course, _ in remaining:
                blocked.add(course)
            kept = [pair for pair in remaining if pair[1] in blocked]
            if len(kept) == len(remaining):
                return False  # no course could be taken: every remaining course is on or behind a cycle
            remaining = kept
        return True
