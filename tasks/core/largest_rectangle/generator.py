"""Cases for largest_rectangle: random, sorted, and plateau-heavy histograms."""


def _bars(rng, n):
    shape = rng.choice(("random", "random", "up", "down", "plateaus"))
    if shape == "plateaus":
        out = []
        while len(out) < n:
            out += [rng.randint(0, 10000)] * rng.randint(1, 40)
        return out[:n]
    bars = [rng.randint(0, 10000) for _ in range(n)]
    if shape == "up":
        bars.sort()
    elif shape == "down":
        bars.sort(reverse=True)
    return bars


def generate(rng):
    cases = [[_bars(rng, rng.randint(50, 150))] for _ in range(1000)]
    cases += [[_bars(rng, 1000)] for _ in range(4)]
    return cases
