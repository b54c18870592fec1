"""Cases for range_sum_queries: large arrays and many long queries."""


def _case(rng, n, q, max_len):
    values = [rng.randint(-10**9, 10**9) for _ in range(n)]
    lines = [f"{n} {q}", " ".join(map(str, values))]
    for _ in range(q):
        length = rng.randint(1, min(n, max_len))
        left = rng.randint(1, n - length + 1)
        lines.append(f"{left} {left + length - 1}")
    return "\n".join(lines) + "\n"


def generate(rng):
    return [_case(rng, 50000, 25000, 2000), _case(rng, 100000, 10000, 4000)]
