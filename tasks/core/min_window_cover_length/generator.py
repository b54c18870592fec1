"""Cases for min_window_cover_length: a text of common letters sprinkled with rare ones.

`t` asks for a few common letters and one or two rare ones, so covering windows span the gaps between
rare letters (tens of characters) and brute force has real work to do. A few cases ask for
a letter the text does not contain (answer 0).
"""

import string

LETTERS = string.ascii_letters


def _case(rng):
    letters = list(LETTERS)
    rng.shuffle(letters)
    common = letters[: rng.randint(4, 20)]
    rare = letters[len(common): len(common) + rng.randint(1, 2)]
    absent = letters[-1]
    if rng.random() < 0.05:
        n = rng.randint(50, 300)
        text = "".join(rng.choice(common) for _ in range(n))
        return [text, "".join(rng.choice(common) for _ in range(rng.randint(1, 5))) + absent]
    n = rng.randint(300, 1500)
    gap = rng.randint(10, 60)
    text = "".join(rng.choice(rare) if rng.randrange(gap) == 0 else rng.choice(common) for _ in range(n))
    wanted = [rng.choice(common) for _ in range(rng.randint(1, 12))]
    wanted += [rng.choice(rare) for _ in range(rng.randint(1, 2))]
    rng.shuffle(wanted)
    return [text, "".join(wanted)]


def generate(rng):
    return [_case(rng) for _ in range(150)]
