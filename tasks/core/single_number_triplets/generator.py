"""Cases for single_number_triplets: shuffled triplets of distinct 32-bit values plus one single value.

Values span the whole signed 32-bit range, negative ones included, so bit-counting solutions must get
the sign bit right.
"""


def _case(rng, triplets):
    low, high = -(2**31), 2**31 - 1
    narrow = rng.random() < 0.3  # small values share most of their bits
    values = set()
    while len(values) < triplets + 1:
        values.add(rng.randint(-1000, 1000) if narrow and triplets < 500 else rng.randint(low, high))
    values = list(values)
    single = values.pop(rng.randrange(len(values)))
    nums = [single] + values * 3
    rng.shuffle(nums)
    return [nums]


def generate(rng):
    return [_case(rng, rng.randint(200, 1300)) for _ in range(150)]
