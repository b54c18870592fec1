"""Cases for valid_parentheses_depth: balanced strings, shallow or deep, about half of them then broken.

Random balanced strings are only about sqrt(n) deep; the deep ones (an opening bias) make the
pair-deletion approaches do one pass over the string per level.
"""

PAIRS = ("()", "[]", "{}")


def _balanced(rng, pairs, open_bias):
    out = []
    stack = []
    opened = 0
    while opened < pairs or stack:
        if opened < pairs and (not stack or rng.random() < open_bias):
            pair = rng.choice(PAIRS)
            out.append(pair[0])
            stack.append(pair[1])
            opened += 1
        else:
            out.append(stack.pop())
    return out


def _break(rng, chars):
    kind = rng.randrange(4)
    i = rng.randrange(len(chars))
    if kind == 0:
        del chars[i]  # one bracket missing
    elif kind == 1:
        chars[i] = rng.choice("([{)]}".replace(chars[i], ""))  # wrong kind or direction
    elif kind == 2:
        j = rng.randrange(len(chars))
        chars[i], chars[j] = chars[j], chars[i]  # may stay balanced; the answer says which
    else:
        chars.insert(i, rng.choice("([{)]}"))  # one bracket too many
    return chars


def _case(rng, n):
    bias = 0.9 if rng.random() < 0.2 else 0.5
    chars = _balanced(rng, n // 2, bias)
    if rng.random() < 0.5:
        chars = _break(rng, chars)
    return ["".join(chars)]


def generate(rng):
    return [_case(rng, rng.randint(400, 3000)) for _ in range(320)]
