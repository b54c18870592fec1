from itertools import accumulate
from operator import mul


class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        # prefix[i] = product of nums[:i]; suffix[i] = product of nums[n - i:]
        prefix = list(accumulate(nums, mul, initial=1))
        suffix = list(accumulate(reversed(nums), mul, initial=1))
        n = len(nums)
        return list(map(mul, prefix[:n], suffix[n - 1::-1]))
