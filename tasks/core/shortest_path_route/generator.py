"""Cases for shortest_path_route: long, narrow graphs with many shortest paths between their two ends.

Nodes sit on a hidden line (labels shuffled) and every edge joins two nodes at most four places apart,
so a shortest route from one end to the other has hundreds of edges and usually many equally short
variants. The source sits near one end and the target near the other; in about a quarter of the cases
no edge crosses one point of the line, and the target is unreachable. A long distance is what an
approach that relaxes every edge round after round pays for.
"""

WIDTH = 4


def _case(rng, n):
    label = list(range(n))
    rng.shuffle(label)
    cut = rng.randrange(n // 4, 3 * n // 4) if rng.random() < 0.25 else None  # no edge crosses cut | cut+1
    density = rng.uniform(0.35, 0.6)
    pairs = set()
    for i in range(n - 1):
        for d in range(1, WIDTH + 1):
            j = i + d
            if j >= n or (cut is not None and i <= cut < j):
                continue
            if d == 1 or rng.random() < density:  # consecutive nodes always joined: each side is connected
                pairs.add((i, j))
    edges = [[label[i], label[j]] if rng.random() < 0.5 else [label[j], label[i]] for i, j in pairs]
    rng.shuffle(edges)
    source, target = label[rng.randrange(0, 10)], label[rng.randrange(n - 10, n)]
    if rng.random() < 0.5:
        source, target = target, source
    return [n, edges, source, target]


def generate(rng):
    return [_case(rng, rng.randint(900, 1500)) for _ in range(10)]
