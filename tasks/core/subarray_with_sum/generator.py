"""Cases for subarray_with_sum: small noise around one block of large values near the back.

Noise values lie in [-100, 100]; a block of two to four values in [500000, 1000000] sits in the last
quarter of the array, sometimes padded by a pair `x, -x` on either side. Any subarray summing to `k`
must hold the whole block (partial blocks miss `k` by more than all the noise can make up), so valid
answers start late and an approach that tries every start from the front scans most pairs of
positions; padding and coincidences in the noise usually give several valid answers. In about
two cases in five no subarray sums to `k` (checked here with prefix sums).
"""

NOISE = 100


def _reachable(nums, k):
    seen, prefix = {0}, 0
    for x in nums:
        prefix += x
        if prefix - k in seen:
            return True
        seen.add(prefix)
    return False


def _case(rng, n):
    block = [rng.randint(500_000, 1_000_000) for _ in range(rng.randint(2, 4))]
    if rng.random() < 0.5:
        x = rng.randint(1, NOISE)
        block = [x, -x, *block]
    if rng.random() < 0.5:
        x = rng.randint(1, NOISE)
        block = [*block, -x, x]
    noise = [rng.randint(-NOISE, NOISE) for _ in range(n - len(block))]
    at = rng.randrange(3 * n // 4, n - len(block) + 1)
    nums = noise[:at] + block + noise[at:]
    if rng.random() < 0.6:  # k is the sum of the block and a little noise around it
        i, j = rng.randint(max(0, at - 5), at), rng.randint(at + len(block) - 1, min(n - 1, at + len(block) + 5))
        return [nums, sum(nums[i:j + 1])]
    while True:  # between the whole block and the block without one element, out of the noise's reach
        k = sum(block) + rng.choice((-1, 1)) * rng.randint(200_000, 300_000)
        if not _reachable(nums, k):
            return [nums, k]


def generate(rng):
    return [_case(rng, rng.randint(900, 1400)) for _ in range(14)]
