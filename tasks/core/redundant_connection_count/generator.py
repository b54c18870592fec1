"""Cases for redundant_connection_count: a long path laid link by link, mixed with random cables.

The path is laid from one end to the other, so a union-find that links roots without balancing builds
trees as deep as the path is long, and every later lookup from the old end walks all of it.
"""


def _case(rng, n):
    nodes = list(range(n))
    rng.shuffle(nodes)
    path = [[nodes[i], nodes[i + 1]] for i in range(n - 1)]
    edges = []
    for link in path:
        edges.append(link)
        if rng.random() < 0.6:  # a random cable, often between the deep old end and a new node
            u = nodes[rng.randrange(max(1, len(edges) // 4))]
            v = rng.randrange(n)
            if u != v:
                edges.append([u, v])
    for _ in range(n // 4):
        u, v = rng.sample(range(n), 2)
        edges.append([u, v])
    return [n, edges]


def generate(rng):
    return [_case(rng, rng.randint(200, 600)) for _ in range(200)]
