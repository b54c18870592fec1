"""Cases for longest_increasing_subsequence: random, nearly sorted and few-distinct-value arrays."""

LIMIT = 10**9


def _array(rng, n):
    shape = rng.choice(("random", "random", "nearly_sorted", "few_values"))
    if shape == "few_values":
        return [rng.randint(0, 20) for _ in range(n)]
    nums = [rng.randint(-LIMIT, LIMIT) for _ in range(n)]
    if shape == "nearly_sorted":
        nums.sort()
        for _ in range(n // 10):
            i, j = rng.randrange(n), rng.randrange(n)
            nums[i], nums[j] = nums[j], nums[i]
    return nums


def generate(rng):
    cases = [[_array(rng, rng.randint(60, 200))] for _ in range(1100)]
    cases += [[_array(rng, 1500)] for _ in range(5)]
    return cases
