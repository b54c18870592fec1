"""Cases for gcd_of_array_pairs: random 40-bit values, shared factors, zeros and Fibonacci neighbours."""

LIMIT = 10**12


def _fibonacci_run(rng, length):
    # Consecutive Fibonacci numbers are Euclid's worst case: every quotient is 1.
    a, b = rng.randint(1, 20), rng.randint(1, 20)
    while b < LIMIT // 2:
        a, b = b, a + b
    run = [a, b]
    while len(run) < length:
        run.append(run[-2] - run[-1] if run[-2] > run[-1] else run[-1] - run[-2])
        if run[-1] == 0:
            run.append(rng.randint(1, LIMIT))
    return run[:length]


def _nums(rng, n):
    shape = rng.choice(("random", "random", "shared", "fibonacci", "zeros"))
    if shape == "random":
        return [rng.randint(1, LIMIT) for _ in range(n)]
    if shape == "shared":
        # A common factor times small cofactors: large GCDs, short Euclid runs.
        factor = rng.randint(1, 10**6)
        return [factor * rng.randint(1, LIMIT // factor) for _ in range(n)]
    if shape == "fibonacci":
        out = []
        while len(out) < n:
            out += _fibonacci_run(rng, rng.randint(2, 40))
        return out[:n]
    return [rng.randint(1, LIMIT) if rng.random() < 0.7 else 0 for _ in range(n)]


def generate(rng):
    return [[_nums(rng, rng.randint(2000, 5000))] for _ in range(50)]
