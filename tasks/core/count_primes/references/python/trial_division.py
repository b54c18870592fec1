class Solution:
    def countPrimes(self, n: int) -> int:
        primes = []
        for candidate in range(2, n):
            for p in primes:
                if p * p > candidate:
                    primes.append(candidate)
                    break
                if candidate % p == 0:
                    break
            else:
                primes.append(candidate)  # no prime up to its square root divides it
        return len(primes)
