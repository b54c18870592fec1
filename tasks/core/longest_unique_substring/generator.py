"""Cases for longest_unique_substring: printable-ASCII strings over alphabets of varied size.

Large alphabets make long repeat-free windows, which is where the per-start rescan is expensive.
"""

PRINTABLE = [chr(c) for c in range(32, 127)]


def _text(rng, n, k):
    alphabet = rng.sample(PRINTABLE, k)
    return "".join(rng.choice(alphabet) for _ in range(n))


def generate(rng):
    cases = [[_text(rng, rng.randint(200, 2000), rng.randint(2, 95))] for _ in range(120)]
    cases += [[_text(rng, 20000, 95)] for _ in range(6)]
    cases.append(["".join(PRINTABLE) * 200])
    return cases
