"""Cases for trapping_rain_water: random terrain, valleys, mountains and jagged stairs."""


def _terrain(rng, n):
    shape = rng.choice(("random", "random", "valley", "mountain", "jagged"))
    if shape == "random":
        return [rng.randint(0, 100000) for _ in range(n)]
    if shape == "valley":
        # Tall walls at both ends, low noise in between: every bar holds water.
        inner = [rng.randint(0, 1000) for _ in range(n - 2)]
        return [rng.randint(50000, 100000), *inner, rng.randint(50000, 100000)][:n]
    if shape == "mountain":
        # Rising then falling, with small dents that trap a little water on the slopes.
        bars = sorted(rng.randint(0, 100000) for _ in range(n))
        peak = rng.randrange(n)
        bars = bars[:peak] + sorted(bars[peak:], reverse=True)
        return [max(0, h - rng.randint(0, 50)) for h in bars]
    step = rng.randint(1, 9)
    return [(i % 7) * step + rng.randint(0, 3) for i in range(n)]


def generate(rng):
    cases = [[_terrain(rng, rng.randint(80, 200))] for _ in range(2300)]
    cases.append([_terrain(rng, 2000)])
    return cases
