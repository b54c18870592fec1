class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        answer = [0] * len(temperatures)
        stack = []  # days still waiting for a warmer one; their temperatures never increase upwards
        for i, today in enumerate(temperatures):
            while stack and temperatures[stack[-1]] < today:
                day = stack.pop()
                answer[day] = i - day
            stack.append(i)
        return answer
