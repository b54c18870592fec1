"""Cases for count_inversions: random arrays, one with many repeated values, one nearly sorted."""


def _case(values):
    return f"{len(values)}\n{' '.join(map(str, values))}\n"


def generate(rng):
    nearly = sorted(rng.randint(-10**9, 10**9) for _ in range(2500))
    for _ in range(200):
        i, j = rng.randrange(len(nearly)), rng.randrange(len(nearly))
        nearly[i], nearly[j] = nearly[j], nearly[i]
    return [
        _case([rng.randint(-10**9, 10**9) for _ in range(5000)]),
        _case([rng.randint(1, 50) for _ in range(2500)]),
        _case(nearly),
    ]
