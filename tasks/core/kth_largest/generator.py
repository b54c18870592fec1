"""Cases for kth_largest: arrays with many or few repeated values, k anywhere from the top to the bottom."""

LIMIT = 10_000


def _case(rng, n):
    spread = rng.choice((LIMIT, LIMIT, 100))  # some arrays with heavy repetition
    nums = [rng.randint(-spread, spread) for _ in range(n)]
    if rng.random() < 0.15:
        nums.sort(reverse=rng.random() < 0.5)  # presorted input, a classic quickselect trap
    return [nums, rng.randint(1, n)]


def generate(rng):
    return [_case(rng, rng.randint(400, 2000)) for _ in range(300)]
