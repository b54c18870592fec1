"""Cases for container_most_water: random, valley-shaped, sorted and saw-tooth line heights."""

TOP = 10_000


def _heights(rng, n):
    shape = rng.choice(("random", "random", "valley", "up", "down", "saw"))
    if shape == "valley":
        # Tall lines near the ends, short ones in the middle: the best pair is far apart.
        return [min(TOP, abs(i - n // 2) * TOP // max(1, n // 2) + rng.randint(0, 50)) for i in range(n)]
    if shape == "saw":
        period = rng.randint(2, 20)
        return [(i % period) * TOP // period + rng.randint(0, 10) for i in range(n)]
    heights = [rng.randint(0, TOP) for _ in range(n)]
    if shape == "up":
        heights.sort()
    elif shape == "down":
        heights.sort(reverse=True)
    return heights


def generate(rng):
    return [[_heights(rng, rng.randint(60, 120))] for _ in range(4000)]
