"""Cases for tree_level_sums: bushy trees 50-100 levels deep, plus a few narrow trees hundreds deep.

A tree is built level by level from a width profile, so its height is chosen exactly and its nodes
spread over all levels. That spread is what separates the references: walking down from the root
once per level costs n * h / 3 node visits or so, a single traversal costs n.
"""

MAX_VALUE = 10**9


def _level_order(rng, widths):
    """LeetCode level-order array of a random tree with `widths[d]` nodes on level d.

    Level d + 1 takes `widths[d + 1]` of the `2 * widths[d]` child slots of level d, chosen at random;
    a slot left empty is written as None (trailing Nones dropped, as LeetCode does).
    """
    out = [rng.randint(-MAX_VALUE, MAX_VALUE)]
    for depth in range(1, len(widths)):
        slots = 2 * widths[depth - 1]
        taken = set(rng.sample(range(slots), widths[depth]))
        out.extend(rng.randint(-MAX_VALUE, MAX_VALUE) if slot in taken else None for slot in range(slots))
    while out and out[-1] is None:
        out.pop()
    return out


def _widths(rng, height, typical):
    """Level widths: start at one node, never more than double, wander around `typical`.

    Lower levels are somewhat wider than upper ones, as in most real trees; this also keeps the cost
    of the once-per-level walk near n * h / 3 rather than n * h / 2.
    """
    widths = [1]
    while len(widths) < height:
        slope = 0.5 + len(widths) / height
        target = max(1, round(typical * slope * rng.uniform(0.4, 1.6)))
        widths.append(min(2 * widths[-1], target))
    return widths


def generate(rng):
    cases = []
    for _ in range(84):
        height = rng.randint(50, 100)
        cases.append([_level_order(rng, _widths(rng, height, rng.randint(16, 44)))])
    for _ in range(2):
        cases.append([_level_order(rng, _widths(rng, rng.randint(400, 600), 1.4))])
    return cases
