class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        unlocks = [[] for _ in range(numCourses)]
        for course, before in prerequisites:
            unlocks[before].append(course)
        WHITE, GREY, BLACK = 0, 1, 2
        colour = [WHITE] * numCourses

        def acyclic_from(course: int) -> bool:
            colour[course] = GREY  # on the current path
            for after in unlocks[course]:
                if colour[after] == GREY:
                    return False
                if colour[after] == WHITE and not acyclic_from(after):
                    return False
            colour[course] = BLACK  # fully explored, no cycle through it
            return True

        return all(colour[c] != WHITE or acyclic_from(c) for c in range(numCourses))
