"""Cases for stdio_max_subarray: two arrays of several thousand values, each run as its own process.

Every case starts a process, so start-up is paid per case: two large cases (after three small fixed
ones) keep the measured time about the algorithms. The sizes stop at about 5,000 because the
quadratic references (n^2 / 2 additions each) must finish a run in about a second in Python.
"""

MAX_VALUE = 10**9


def _case(values):
    return f"{len(values)}\n{' '.join(map(str, values))}\n"


def generate(rng):
    uniform = [rng.randint(-MAX_VALUE, MAX_VALUE) for _ in range(5500)]
    # An upward drift with many dips: the best run is long and its sum far beyond 32 bits.
    drift = [rng.randint(-MAX_VALUE, -1) if rng.random() < 0.35 else rng.randint(0, MAX_VALUE)
             for _ in range(5000)]
    return [_case(uniform), _case(drift)]
