"""Cases for merge_k_sorted_lists: many lists of uneven length, sorted values with repeats."""


def _lists(rng, k, total):
    lists = [[] for _ in range(k)]
    for _ in range(total):
        lists[rng.randrange(k)].append(rng.randint(-10000, 10000))
    for values in lists:
        values.sort()
    return [lists]


def generate(rng):
    cases = [_lists(rng, rng.randint(5, 60), rng.randint(200, 2000)) for _ in range(60)]
    cases += [_lists(rng, 250, 10000) for _ in range(2)]
    return cases
