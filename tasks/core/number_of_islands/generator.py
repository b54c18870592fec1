"""Cases for number_of_islands: random maps from sparse specks to one sprawling continent.

Land densities near the percolation threshold (about 0.59 on the square grid) give long, winding
islands, where label propagation needs many passes.
"""


def _case(rng, rows, cols):
    density = rng.choice((0.3, 0.45, 0.55, 0.6, 0.7))
    return [[[1 if rng.random() < density else 0 for _ in range(cols)] for _ in range(rows)]]


def generate(rng):
    cases = [_case(rng, rng.randint(10, 60), rng.randint(10, 60)) for _ in range(85)]
    cases += [_case(rng, 150, 150) for _ in range(2)]
    return cases
