class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        n = len(temperatures)
        answer = [0] * n
        for i in range(n):
            today = temperatures[i]
            for j in range(i + 1, n):
                if temperatures[j] > today:
                    answer[i] = j - i
                    break
        return answer
