"""Cases for two_sum: random distinct-enough arrays with exactly one pair hitting the target."""

LIMIT = 500_000_000


def _case(rng, n):
    while True:
        nums = [rng.randint(-LIMIT, LIMIT) for _ in range(n)]
        # Put the pair near the back so every approach has to scan most of the array.
        j = rng.randrange(3 * n // 4, n)
        i = rng.randrange(n // 2, j)
        target = nums[i] + nums[j]
        seen = {}
        pairs = 0
        for x in nums:
            pairs += seen.get(target - x, 0)
            seen[x] = seen.get(x, 0) + 1
        if pairs == 1:
            return [nums, target]


def generate(rng):
    cases = [_case(rng, rng.randint(450, 750)) for _ in range(300)]
    return cases
