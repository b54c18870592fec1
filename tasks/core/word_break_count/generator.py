"""Cases for word_break_count: few-letter texts with dense dictionaries, and texts built from words."""


def _binary_case(rng, n):
    # Every short word over {a, b} plus some longer ones: almost every cut works, counts explode.
    words = {"".join(rng.choice("ab") for _ in range(rng.randint(1, 3))) for _ in range(10)}
    words |= {"".join(rng.choice("ab") for _ in range(rng.randint(4, 20))) for _ in range(rng.randint(20, 120))}
    text = "".join(rng.choice("ab") for _ in range(n))
    # Shuffle a sorted list: drawing keys while iterating the set would follow its hash order, which
    # changes from process to process, and with it the cases for the same seed.
    ordered = sorted(words)
    rng.shuffle(ordered)
    return [text, ordered]


def _built_case(rng, n):
    # A text glued from dictionary words (so it splits), over a few letters, with a stray letter sometimes.
    letters = "abcde"[:rng.randint(2, 5)]
    words = sorted({"".join(rng.choice(letters) for _ in range(rng.randint(1, 12)))
                    for _ in range(rng.randint(20, 200))})
    parts = []
    size = 0
    while size < n:
        parts.append(rng.choice(words))
        size += len(parts[-1])
    text = "".join(parts)
    if rng.random() < 0.2:
        cut = rng.randrange(len(text))
        text = text[:cut] + "z" + text[cut + 1:]
    rng.shuffle(words)
    return [text, words]


def generate(rng):
    cases = [_binary_case(rng, rng.randint(150, 400)) for _ in range(45)]
    cases += [_built_case(rng, rng.randint(150, 400)) for _ in range(45)]
    cases.append(_binary_case(rng, 600))
    return cases
