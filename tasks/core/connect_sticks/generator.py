"""Cases for connect_sticks: random lengths, plus a few cases of equal sticks."""


def generate(rng):
    cases = [[[rng.randint(1, 10000) for _ in range(rng.randint(100, 400))]] for _ in range(250)]
    cases += [[[rng.randint(1, 10000) for _ in range(1500)]] for _ in range(5)]
    cases += [[[10000] * 1500] for _ in range(1)]
    return cases
