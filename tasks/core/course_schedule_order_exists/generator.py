"""Cases for course_schedule_order_exists: layered DAGs with a long chain, half of them closed into a cycle.

Courses are shuffled into a hidden order; every prerequisite points forward in it except, in the cyclic
cases, one pair that points back across a stretch of the chain, closing a long cycle. The chain makes the
longest prerequisite path long, which is what an approach that peels courses round by round pays for.
"""


def _case(rng, n):
    order = list(range(n))
    rng.shuffle(order)
    pairs = set()
    chain = rng.uniform(0.3, 1.0)  # share of consecutive courses linked into the chain
    for i in range(n - 1):
        if rng.random() < chain:
            pairs.add((i, i + 1))
    for _ in range(n * rng.randint(1, 3)):
        i = rng.randrange(n - 1)
        pairs.add((i, rng.randint(i + 1, min(n - 1, i + 30))))
    if rng.random() < 0.5:
        i = rng.randrange(n // 2)
        j = rng.randrange(i + n // 4, n)
        pairs.update((k, k + 1) for k in range(i, j))  # a path from i to j ...
        pairs.add((j, i))  # ... and back
    prerequisites = [[order[later], order[earlier]] for earlier, later in pairs]
    rng.shuffle(prerequisites)
    return [n, prerequisites]


def generate(rng):
    return [_case(rng, rng.randint(200, 500)) for _ in range(200)]
