"""Cases for two_sum: random distinct-enough arrays with exactly one pair hitting the target."""

LIMIT = 500_000_000


def _case(rng, n):
    while True:
        nums = [rng.randint(-LIMIT, LIMIT) for _ in range(n)]
        # Put the pair in the back half so every approach has to scan most of the array.
        j = rng.randrange(n // 2, n)
        i = rng.randrange(0, j)
        target = nums[i] + nums[j]
        seen = {}
        pairs = 0
        for x in nums:
            pairs += seen.get(target - x, 0)
            seen[x] = seen.get(x, 0) + 1
        if pairs == 1:
            return [nums, target]


def generate(rng):
    cases = [_case(rng, rng.randint(500, 1100)) for _ in range(250)]
    return cases
