class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        zeros = 0
        product = 1  # of the non-zero elements
        for x in nums:
            if x == 0:
                zeros += 1
            else:
                product *= x
        if zeros > 1:
            return [0] * len(nums)
        if zeros == 1:
            return [product if x == 0 else 0 for x in nums]
        return [product // x for x in nums]  # exact: x divides the product
