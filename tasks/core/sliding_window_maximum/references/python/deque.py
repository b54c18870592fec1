class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        window = deque()  # indices whose values decrease from left to right
        out = []
        for i, v in enumerate(nums):
            while window and nums[window[-1]] <= v:
                window.pop()  # a smaller, older value can never be a maximum again
            window.append(i)
            if window[0] <= i - k:
                window.popleft()
            if i >= k - 1:
                out.append(nums[window[0]])
        return out
