"""Cases for power_of_two_bits: powers, near-misses and random 64-bit values, all exact as doubles.

Every value is m * 2^e with |m| < 2^53, so a JavaScript number holds it exactly; near-misses of large
powers differ in the lowest bit a double can still represent.
"""


def _value(rng):
    kind = rng.random()
    e = rng.randint(0, 62)
    if kind < 0.3:
        return 1 << e
    if kind < 0.45:
        # Next to a power of two: one unit of the last representable bit above or below.
        power = 1 << e
        unit = 1 << max(0, e - 52)
        return power + unit if rng.random() < 0.5 or power == unit else power - unit
    if kind < 0.55:
        return -(1 << e) if rng.random() < 0.9 else rng.choice((0, -(1 << 63)))
    mantissa = rng.randrange(1, 1 << 53)
    shift = rng.randint(0, 10)
    value = mantissa << shift
    return value if rng.random() < 0.8 else -value


def generate(rng):
    return [[[_value(rng) for _ in range(rng.randint(3000, 7000))]] for _ in range(90)]
