"""Cases for group_anagram_count: shuffled copies of a few hundred random letter multisets per case.

Letters come from a small alphabet in short words so that many different groups share their length and
most of their letters: a comparison cannot reject a wrong group by the first count it looks at.
"""

ALPHABET = "abcdefghij"


def _case(rng, n):
    groups = max(1, n // rng.randint(2, 5))
    bases = [[rng.choice(ALPHABET) for _ in range(rng.randint(3, 10))] for _ in range(groups)]
    words = []
    for _ in range(n):
        letters = list(rng.choice(bases))
        rng.shuffle(letters)
        words.append("".join(letters))
    return [words]


def generate(rng):
    return [_case(rng, rng.randint(1000, 2000)) for _ in range(35)]
