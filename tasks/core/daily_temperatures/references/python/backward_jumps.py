class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        n = len(temperatures)
        answer = [0] * n
        for i in range(n - 2, -1, -1):
            today = temperatures[i]
            j = i + 1
            # Day j is not warmer: no day before j's own answer is warmer than j, so jump there.
            while temperatures[j] <= today:
                if answer[j] == 0:
                    j = i  # no warmer day at all
                    break
                j += answer[j]
            answer[i] = j - i
        return answer
