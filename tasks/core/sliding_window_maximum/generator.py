"""Cases for sliding_window_maximum: random, rising, falling and zigzag arrays with small to wide windows."""


def _nums(rng, n):
    shape = rng.choice(("random", "random", "rising", "falling", "zigzag"))
    nums = [rng.randint(-10000, 10000) for _ in range(n)]
    if shape == "rising":
        nums.sort()
    elif shape == "falling":
        # Falling values keep every element alive in the deque and deep in the heap.
        nums.sort(reverse=True)
    elif shape == "zigzag":
        nums = [v if i % 2 else -v for i, v in enumerate(sorted(nums))]
    return nums


def _case(rng, n, k=None):
    if k is None:
        k = rng.choice((rng.randint(1, 8), rng.randint(1, n), rng.randint(n // 4 + 1, n // 2 + 1)))
    return [_nums(rng, n), k]


def generate(rng):
    cases = [_case(rng, rng.randint(200, 600)) for _ in range(200)]
    cases += [_case(rng, rng.randint(1500, 2000)) for _ in range(70)]
    # Long arrays with narrow windows: the O(n k) scans stay affordable, the O(n) ones get work.
    cases += [_case(rng, 20000, rng.randint(16, 48)) for _ in range(2)]
    return cases
