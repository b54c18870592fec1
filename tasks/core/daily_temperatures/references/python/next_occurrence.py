class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        n = len(temperatures)
        answer = [0] * n
        never = n  # sentinel: this temperature does not occur later
        nearest = [never] * 102  # nearest[t] = first later day with temperature t
        for i in range(n - 1, -1, -1):
            today = temperatures[i]
            first = never
            for t in range(today + 1, 101):
                if nearest[t] < first:
                    first = nearest[t]
            if first != never:
                answer[i] = first - i
            nearest[today] = i
        return answer
