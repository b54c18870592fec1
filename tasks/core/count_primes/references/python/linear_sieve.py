class Solution:
    def countPrimes(self, n: int) -> int:
        smallest_factor = [0] * n
        primes = []
        for i in range(2, n):
            if smallest_factor[i] == 0:
                smallest_factor[i] = i
                primes.append(i)
            limit = smallest_factor[i]
            for p in primes:
                # cross out p * i exactly once: p is its smallest prime factor
                if p > limit or p * i >= n:
                    break
                smallest_factor[p * i] = p
        return len(primes)
