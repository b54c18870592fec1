"""Cases for merge_intervals: unsorted intervals about as dense as their gaps, so about a third survive.

Short intervals scattered over a span proportional to their count leave many merged intervals, which
is what separates the quadratic absorb-everything approach from the sorting ones.
"""

LIMIT = 1_000_000


def _case(rng, n):
    span = min(LIMIT, n * 25)
    intervals = []
    for _ in range(n):
        start = rng.randint(0, span)
        end = min(LIMIT, start + rng.randint(0, 50))
        intervals.append([start, end])
    if rng.random() < 0.2:
        # a few long intervals swallow many short ones
        for _ in range(rng.randint(1, 4)):
            start = rng.randint(0, span)
            intervals[rng.randrange(n)] = [start, min(LIMIT, start + rng.randint(span // 20, span // 5))]
    return [intervals]


def generate(rng):
    cases = [_case(rng, rng.randint(100, 400)) for _ in range(360)]
    cases += [_case(rng, 2000) for _ in range(2)]
    return cases
