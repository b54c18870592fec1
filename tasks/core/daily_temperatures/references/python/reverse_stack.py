class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        n = len(temperatures)
        answer = [0] * n
        stack = []  # later days with strictly decreasing temperatures, nearest on top
        for i in range(n - 1, -1, -1):
            today = temperatures[i]
            while stack and temperatures[stack[-1]] <= today:
                stack.pop()  # never warmer than today, so never an answer for an earlier day either
            if stack:
                answer[i] = stack[-1] - i
            stack.append(i)
        return answer
