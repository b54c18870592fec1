class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        unlocks = [[] for _ in range(numCourses)]
        for course, before in prerequisites:
            unlocks[before].append(course)
        WHITE, GREY, BLACK = 0, 1, 2
        colour = [WHITE] * numCourses
        for start in range(numCourses):
            if colour[start] != WHITE:
                continue
            colour[start] = GREY
            stack = [(start, 0)]  # (course, index of the next edge to follow)
            while stack:
                course, k = stack[-1]
                edges = unlocks[course]
                if k == len(edges):
                    colour[course] = BLACK
                    stack.pop()
                    continue
                stack[-1] = (course, k + 1)
                after = edges[k]
                if colour[after] == GREY:
                    return False  # an edge back into the current path closes a cycle
                if colour[after] == WHITE:
                    colour[after] = GREY
                    stack.append((after, 0))
        return True
