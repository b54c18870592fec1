"""Cases for edit_distance: unrelated words, and words that are near copies of each other.

Near copies have a small distance, which is where the band-doubling algorithm shines; unrelated
words over a small alphabet have a distance close to the longer length. Words stay short (the
bit-parallel algorithm is up to two orders of magnitude faster than the table on long words, which
would put the slowest references far beyond a reasonable run time).
"""

import string


def _word(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _mutate(rng, word, edits, alphabet):
    chars = list(word)
    for _ in range(edits):
        kind = rng.randrange(3)
        i = rng.randrange(len(chars) + 1)
        if kind == 0 or not chars:
            chars.insert(i, rng.choice(alphabet))
        elif kind == 1:
            del chars[min(i, len(chars) - 1)]
        else:
            chars[min(i, len(chars) - 1)] = rng.choice(alphabet)
    return "".join(chars)


def _case(rng):
    alphabet = string.ascii_lowercase[: rng.choice((2, 4, 26))]
    n = rng.randint(10, 100)
    first = _word(rng, n, alphabet)
    if rng.random() < 0.5:
        second = _mutate(rng, first, rng.randint(1, n // 4), alphabet)
    else:
        second = _word(rng, rng.randint(n // 2, n * 3 // 2), alphabet)
    return [first, second]


def generate(rng):
    cases = [_case(rng) for _ in range(400)]
    big = string.ascii_lowercase[:4]
    first = _word(rng, 400, big)
    cases.append([first, _mutate(rng, first, 40, big)])
    return cases
