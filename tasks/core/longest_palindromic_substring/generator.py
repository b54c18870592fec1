"""Cases for longest_palindromic_substring: random text, few-letter text, long runs, planted palindromes."""

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _text(rng, n):
    shape = rng.choice(("random", "binary", "runs", "planted", "planted"))
    if shape == "random":
        return "".join(rng.choice(LETTERS) for _ in range(n))
    if shape == "binary":
        return "".join(rng.choice("ab") for _ in range(n))
    if shape == "runs":
        # Long runs of one letter make many long palindromes around most centres.
        out = []
        while len(out) < n:
            out += rng.choice("abc") * rng.randint(1, n // 4 + 1)
        return "".join(out[:n])
    # A palindrome planted in random text, so the answer is long and unique in length.
    half = "".join(rng.choice("abcd") for _ in range(rng.randint(1, n // 3)))
    middle = rng.choice(("", rng.choice(LETTERS)))
    pal = half + middle + half[::-1]
    rest = n - len(pal)
    cut = rng.randint(0, rest)
    noise = "".join(rng.choice(LETTERS) for _ in range(rest))
    return noise[:cut] + pal + noise[cut:]


def generate(rng):
    cases = [[_text(rng, rng.randint(50, 200))] for _ in range(320)]
    cases += [[_text(rng, 1000)] for _ in range(2)]
    return cases
