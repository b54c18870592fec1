"""Cases for reverse_k_group: lists of a few hundred to a few thousand nodes, small and large groups."""


def _case(rng, n):
    values = [rng.randint(-1000, 1000) for _ in range(n)]
    k = rng.randint(1, min(n, 80)) if rng.random() < 0.8 else rng.randint(1, min(n, 200))
    return [values, k]


def generate(rng):
    return [_case(rng, rng.randint(200, 2000)) for _ in range(480)]
