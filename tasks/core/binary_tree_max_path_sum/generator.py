"""Cases for binary_tree_max_path_sum: bushy and deep random trees in LeetCode's level-order form.

Deeper trees (new nodes hang below recent ones) make the brute force, which re-walks every
subtree from each of its ancestors, cost about n * height.
"""


def _tree(rng, n, deep):
    values = [rng.randint(-1000, 1000) for _ in range(n)]
    children = [[None, None] for _ in range(n)]
    open_slots = [(0, 0), (0, 1)]  # (node, side) pairs still free
    for node in range(1, n):
        if deep:
            pick = rng.randrange(max(0, len(open_slots) - 48), len(open_slots))
        else:
            pick = rng.randrange(len(open_slots))
        parent, side = open_slots.pop(pick)
        children[parent][side] = node
        open_slots += [(node, 0), (node, 1)]
    # breadth-first serialisation with null for a missing child, trailing nulls dropped
    out = []
    queue = [0]
    for node in queue:
        if node is None:
            out.append(None)
            continue
        out.append(values[node])
        queue += children[node]
    while out[-1] is None:
        out.pop()
    return out


def generate(rng):
    cases = [[_tree(rng, rng.randint(100, 1200), False)] for _ in range(190)]
    cases += [[_tree(rng, rng.randint(100, 400), True)] for _ in range(20)]
    return cases
