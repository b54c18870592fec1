from graphlib import CycleError, TopologicalSorter


class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        sorter = TopologicalSorter()
        for course, before in prerequisites:
            sorter.add(course, before)
        try:
            sorter.prepare()  # detects cycles without producing the order
        except CycleError:
            return False
        return True
