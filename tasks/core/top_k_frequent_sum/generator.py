"""Cases for top_k_frequent_sum: skewed and flat frequency profiles with many ties."""


def _case(rng, n, distinct):
    values = rng.sample(range(-10**9, 10**9), distinct)
    shape = rng.choice(("skewed", "flat", "few_counts"))
    if shape == "skewed":
        # Zipf-like weights: a few values dominate, a long tail occurs once or twice.
        weights = [1.0 / (rank + 1) for rank in range(distinct)]
        nums = values + rng.choices(values, weights, k=n - distinct)
    elif shape == "flat":
        nums = values + rng.choices(values, k=n - distinct)
    else:
        # Only a handful of distinct counts, so most of the ranking is decided by the tie rule.
        nums = []
        for v in values:
            nums += [v] * rng.choice((1, 2, 3, 5))
    rng.shuffle(nums)
    return [nums, rng.randint(1, distinct)]


def generate(rng):
    cases = []
    for _ in range(150):
        distinct = rng.randint(300, 600)
        cases.append(_case(rng, distinct * rng.randint(2, 4), distinct))
    return cases
