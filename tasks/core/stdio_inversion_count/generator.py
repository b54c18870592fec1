"""Cases for stdio_inversion_count: a random sequence, one with many equal values, one nearly sorted."""


def _case(values):
    return f"{len(values)}\n{' '.join(map(str, values))}\n"


def generate(rng):
    random_values = [rng.randint(-10**9, 10**9) for _ in range(5000)]
    duplicates = [rng.randint(0, 50) for _ in range(3000)]
    nearly_sorted = sorted(rng.randint(-10**9, 10**9) for _ in range(3000))
    for _ in range(150):
        # Swap a few far-apart entries so the inversions sit in long pairs.
        i, j = rng.randrange(3000), rng.randrange(3000)
        nearly_sorted[i], nearly_sorted[j] = nearly_sorted[j], nearly_sorted[i]
    return [_case(random_values), _case(duplicates), _case(nearly_sorted)]
