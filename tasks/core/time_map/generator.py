"""Cases for time_map: two or three keys with long histories, sets and gets interleaved, increasing timestamps."""


def _case(rng, keys, operations):
    ops, args = ["TimeMap"], [[]]
    names = [f"key{k}" for k in range(keys)]
    now = 0
    for _ in range(operations):
        key = rng.choice(names)
        if rng.random() < 0.5:
            now += rng.randint(1, 5)
            ops.append("set")
            args.append([key, f"v{now}", now])
        else:
            ops.append("get")
            # skewed towards older times, which a scan from the newest entry reaches last
            args.append([key, int((now + 3) * rng.random() ** 2)])
    return [ops, args]


def generate(rng):
    return [_case(rng, rng.randint(2, 3), 12000) for _ in range(6)]
