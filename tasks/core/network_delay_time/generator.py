"""Cases for network_delay_time: random directed graphs, mostly reachable from the source."""


def _graph(rng, n, m, reachable):
    edges = {}
    k = rng.randint(1, n)
    if reachable:
        # A random tree rooted at k guarantees every node is reachable.
        order = list(range(1, n + 1))
        order.remove(k)
        rng.shuffle(order)
        placed = [k]
        for v in order:
            edges[(rng.choice(placed), v)] = rng.randint(0, 100)
            placed.append(v)
    m = min(m, n * (n - 1))
    while len(edges) < m:
        u, v = rng.randint(1, n), rng.randint(1, n)
        if u != v and (u, v) not in edges:
            edges[(u, v)] = rng.randint(0, 100)
    times = [[u, v, w] for (u, v), w in edges.items()]
    rng.shuffle(times)
    return [times, n, k]


def generate(rng):
    cases = []
    for _ in range(40):
        n = rng.randint(30, 70)
        cases.append(_graph(rng, n, rng.randint(n, 6 * n), rng.random() < 0.9))
    for _ in range(6):
        cases.append(_graph(rng, 100, 6000, True))
    # Dense graphs: many edges per node weigh on the edge-driven methods, not on all-pairs ones.
    for _ in range(8):
        cases.append(_graph(rng, 100, 9000, True))
    return cases
