"""Cases for median_finder: a stream of random numbers with a median query after every few additions."""


def _case(rng, additions):
    ops, args = ["MedianFinder"], [[]]
    for i in range(additions):
        ops.append("addNum")
        args.append([rng.randint(-100000, 100000)])
        if i % 2 == 1:
            ops.append("findMedian")
            args.append([])
    return [ops, args]


def generate(rng):
    return [_case(rng, rng.randint(3000, 4000)) for _ in range(4)]
