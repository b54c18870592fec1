from collections import deque


class Solution:
    def connectSticks(self, sticks: List[int]) -> int:
        # Joined sticks are produced in non-decreasing order, so a FIFO keeps them sorted and the
        # two shortest sticks are always at the fronts of the two queues.
        original = deque(sorted(sticks))
        joined = deque()
        total = 0

        def shortest():
            if not joined or (original and original[0] <= joined[0]):
                return original.popleft()
            return joined.popleft()

        for _ in range(len(sticks) - 1):
            length = shortest() + shortest()
            total += length
            joined.append(length)
        return total
