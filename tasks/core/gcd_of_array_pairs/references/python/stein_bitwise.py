class Solution:
    def gcdPairSum(self, nums: List[int]) -> int:
        def gcd(a, b):
            if a == 0 or b == 0:
                return a | b
            shift = 0
            while (a | b) & 1 == 0:  # common factors of two, one at a time
                a >>= 1
                b >>= 1
                shift += 1
            while a & 1 == 0:
                a >>= 1
            while b:
                while b & 1 == 0:
                    b >>= 1
                if a > b:
                    a, b = b, a
                b -= a  # both odd: the difference is even
            return a << shift

        total = 0
        for i in range(len(nums) - 1):
            total += gcd(nums[i], nums[i + 1])
        return total
