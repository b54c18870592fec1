"""Cases for product_except_self: mostly +-1 with a few larger factors and, sometimes, zeros.

The product of the absolute values of the non-zero elements stays below 2^31, so every partial product
of every approach fits in a 32-bit signed integer.
"""

LIMIT = 2**31 - 1


def _nums(rng, n):
    nums = [rng.choice((1, -1)) for _ in range(n)]
    budget = LIMIT
    for _ in range(rng.randint(0, 20)):
        value = rng.randint(2, 9)
        if value > budget:
            break
        budget //= value
        nums[rng.randrange(n)] = value * rng.choice((1, -1))
    roll = rng.random()
    zeros = 2 if roll < 0.1 else 1 if roll < 0.3 else 0
    for _ in range(zeros):
        nums[rng.randrange(n)] = 0
    return nums


def generate(rng):
    return [[_nums(rng, rng.randint(40, 120))] for _ in range(3500)]
