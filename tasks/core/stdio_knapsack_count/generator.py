"""Cases for stdio_knapsack_count: four instance families that favour different references.

Each case is its own process, so there are few of them:

* uncorrelated items, the common random instance;
* strongly correlated items (value = weight + constant), where value-per-weight ordering says little;
* many light items with small values, where DP over total value beats DP over capacity;
* an even-odd subset-sum instance (even weights, value = weight, odd capacity): the fractional bound
  never drops to the best integer fill, so branch and bound has to search the whole tree.
"""


def _case(capacity, items):
    lines = [f"{len(items)} {capacity}"]
    lines.extend(f"{w} {v}" for w, v in items)
    return "\n".join(lines) + "\n"


def generate(rng):
    uncorrelated = [(rng.randint(1, 1000), rng.randint(1, 200)) for _ in range(200)]
    weights = [rng.randint(20, 200) for _ in range(100)]
    correlated = [(w, w + 20) for w in weights]
    light = [(rng.randint(1, 300), rng.randint(1, 10)) for _ in range(200)]
    evens = [2 * rng.randint(1, 1000) for _ in range(22)]
    return [
        _case(10000, uncorrelated),
        _case(sum(weights) // 2, correlated),
        _case(8000, light),
        _case(sum(evens) // 2 | 1, [(w, w) for w in evens]),
    ]
