"""Cases for topological_order: DAGs over nodes shuffled into a hidden order, with a long chain.

Every edge points forward in the hidden order, mostly to a node at most 30 places further; a share of
consecutive nodes is linked into a chain, so many nodes wait on many others. Labels are shuffled, so the
node with the smallest label is rarely ready first, which is what an approach that rescans the nodes
from 0 at every step pays for.
"""


def _case(rng, n):
    order = list(range(n))
    rng.shuffle(order)
    pairs = set()
    chain = rng.uniform(0.3, 1.0)  # share of consecutive nodes linked into the chain
    for i in range(n - 1):
        if rng.random() < chain:
            pairs.add((i, i + 1))
    for _ in range(n * rng.randint(1, 3)):
        i = rng.randrange(n - 1)
        pairs.add((i, rng.randint(i + 1, min(n - 1, i + 30))))
    edges = [[order[before], order[after]] for before, after in pairs]
    rng.shuffle(edges)
    return [n, edges]


def generate(rng):
    return [_case(rng, rng.randint(1400, 2200)) for _ in range(12)]
