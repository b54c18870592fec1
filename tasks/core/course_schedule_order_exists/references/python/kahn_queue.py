from collections import deque


class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        unlocks = [[] for _ in range(numCourses)]
        missing = [0] * numCourses  # prerequisites not yet taken, per course
        for course, before in prerequisites:
            unlocks[before].append(course)
            missing[course] += 1
        ready = deque(c for c in range(numCourses) if missing[c] == 0)
        taken = 0
        while ready:
            course = ready.popleft()
            taken += 1
            for after in unlocks[course]:
                missing[after] -= 1
                if missing[after] == 0:
                    ready.append(after)
        return taken == numCourses  # courses on or behind a cycle never become ready
