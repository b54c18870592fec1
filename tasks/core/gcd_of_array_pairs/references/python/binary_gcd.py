class Solution:
    def gcdPairSum(self, nums: List[int]) -> int:
        def gcd(a, b):
            if a == 0 or b == 0:
                return a | b
            # x & -x isolates the lowest set bit, so its bit_length - 1 counts trailing zeros.
            shift = ((a | b) & -(a | b)).bit_length() - 1
            a >>= (a & -a).bit_length() - 1
            while b:
                b >>= (b & -b).bit_length() - 1
                if a > b:
                    a, b = b, a
                b -= a
            return a << shift

        total = 0
        for i in range(len(nums) - 1):
            total += gcd(nums[i], nums[i + 1])
        return total
