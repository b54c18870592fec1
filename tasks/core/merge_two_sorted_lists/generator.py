"""Cases for merge_two_sorted_lists: pairs of sorted lists that interleave, overlap or follow each other."""

TOP = 10**9


def _sorted_values(rng, n, low, high):
    return sorted(rng.randint(low, high) for _ in range(n))


def _case(rng):
    n, m = rng.randint(0, 150), rng.randint(0, 150)
    shape = rng.random()
    if shape < 0.7:  # interleaved over the same range, with repeats
        span = rng.choice((50, 1000, TOP))
        return [_sorted_values(rng, n, -span, span), _sorted_values(rng, m, -span, span)]
    if shape < 0.85:  # list2 entirely after list1
        return [_sorted_values(rng, n, -TOP, 0), _sorted_values(rng, m, 0, TOP)]
    return [_sorted_values(rng, n, 0, TOP), _sorted_values(rng, m, -TOP, 0)]


def generate(rng):
    return [_case(rng) for _ in range(2000)]
