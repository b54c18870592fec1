"""Cases for stdio_shortest_path: a random sparse graph, a long shuffled chain with shortcuts that do
not pay off, and a graph where part of the nodes cannot be reached."""


def _format(n, edges):
    lines = [f"{n} {len(edges)}"] + [f"{u} {v} {w}" for u, v, w in edges]
    return "\n".join(lines) + "\n"


def _random_graph(rng, n, m):
    # A random tree from node 1 keeps everything reachable; extra random edges make it a graph.
    edges = []
    for v in range(2, n + 1):
        edges.append((rng.randint(1, v - 1), v, rng.randint(0, 10**6)))
    while len(edges) < m:
        edges.append((rng.randint(1, n), rng.randint(1, n), rng.randint(0, 10**6)))
    rng.shuffle(edges)
    return _format(n, edges)


def _chain(rng, n, extra):
    # The cheapest route walks the whole chain; listed in random order, Bellman-Ford needs about one
    # pass per couple of chain links.
    order = [1] + rng.sample(range(2, n + 1), n - 1)
    edges = [(order[i], order[i + 1], rng.randint(1, 10)) for i in range(n - 1)]
    for _ in range(extra):
        # Shortcuts cost more than the whole chain, so they never win but still get relaxed.
        edges.append((rng.randint(1, n), rng.randint(1, n), rng.randint(10**5, 10**6)))
    rng.shuffle(edges)
    return _format(n, edges)


def _split(rng, n, m):
    # Nodes above n/2 only have edges among themselves and into the lower half: unreachable from 1.
    half = n // 2
    edges = [(rng.randint(1, v - 1), v, rng.randint(0, 1000)) for v in range(2, half + 1)]
    while len(edges) < m:
        u = rng.randint(1, n)
        v = rng.randint(half + 1, n) if u > half and rng.random() < 0.5 else rng.randint(1, half)
        if u <= half and v > half:
            continue
        edges.append((u, v, rng.randint(0, 1000)))
    rng.shuffle(edges)
    return _format(n, edges)


def generate(rng):
    return [_random_graph(rng, 3000, 15000), _chain(rng, 2500, 3000), _split(rng, 2000, 8000)]
