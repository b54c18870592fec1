"""Cases for tree_diameter: bushy random trees and deep, vine-like trees (at most 600 levels)."""

MAX_DEPTH = 600


def _tree(rng, n, chain_bias):
    """Level-order array of a random tree; `chain_bias` is the chance of growing from the newest node."""
    left, right, depth, open_slots = [-1], [-1], [0], [0]
    while len(depth) < n:
        if rng.random() < chain_bias:
            parent = len(depth) - 1
        else:
            parent = rng.choice(open_slots)
        if depth[parent] + 1 >= MAX_DEPTH or (left[parent] != -1 and right[parent] != -1):
            parent = rng.choice(open_slots)
            if depth[parent] + 1 >= MAX_DEPTH:
                continue
        child = len(depth)
        left.append(-1)
        right.append(-1)
        depth.append(depth[parent] + 1)
        open_slots.append(child)
        sides = [s for s in (left, right) if s[parent] == -1]
        rng.choice(sides)[parent] = child
        if left[parent] != -1 and right[parent] != -1:
            open_slots.remove(parent)
    out = []
    queue = [0]
    for node in queue:
        if node == -1:
            out.append(None)
            continue
        out.append(rng.randint(-100, 100))
        queue.append(left[node])
        queue.append(right[node])
    while out and out[-1] is None:
        out.pop()
    return [out]


def generate(rng):
    cases = [_tree(rng, rng.randint(50, 800), 0.0) for _ in range(320)]
    cases += [_tree(rng, rng.randint(200, 1000), 0.7) for _ in range(20)]
    cases += [_tree(rng, 3000, 0.97) for _ in range(2)]
    return cases
