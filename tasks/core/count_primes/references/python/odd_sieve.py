class Solution:
    def countPrimes(self, n: int) -> int:
        if n < 3:
            return 0
        # odd[i] stands for the number 2 * i + 1, for all odd numbers below n
        size = n // 2
        odd = bytearray([1]) * size
        odd[0] = 0  # 1 is not prime
        i = 1
        while (2 * i + 1) ** 2 < n:
            if odd[i]:
                p = 2 * i + 1
                start = p * p // 2
                odd[start::p] = bytes(len(range(start, size, p)))
            i += 1
        return sum(odd) + 1  # and the prime 2
