"""Cases for lru_cache: long mixed sequences of get and put over a key range twice the capacity."""


def _case(rng, capacity, operations):
    ops, args = ["LRUCache"], [[capacity]]
    keys = 2 * capacity
    for _ in range(operations):
        key = rng.randrange(keys)
        if rng.random() < 0.5:
            ops.append("get")
            args.append([key])
        else:
            ops.append("put")
            args.append([key, rng.randint(0, 10**9)])
    return [ops, args]


def generate(rng):
    return [_case(rng, rng.randint(800, 1500), 20000) for _ in range(6)]
