class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        n = len(nums)
        answer = [1] * n
        running = 1
        for i in range(n):
            answer[i] = running  # product of everything left of i
            running *= nums[i]
        running = 1
        for i in range(n - 1, -1, -1):
            answer[i] *= running  # times the product of everything right of i
            running *= nums[i]
        return answer
