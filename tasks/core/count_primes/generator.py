"""Cases for count_primes: many small and medium bounds.

Trial division grows like n^1.5 while a sieve grows almost linearly, so large bounds alone would
make the slowest references unreasonably slow; many modest bounds keep every reference measurable.
"""


def generate(rng):
    cases = [[rng.randint(0, 3000)] for _ in range(2100)]
    cases += [[rng.randint(10_000, 30_000)] for _ in range(28)]
    return cases
