"""Cases for daily_temperatures: random days and long cold spells that end in a warm day.

In a cold spell temperatures never rise, so every day of it waits for the warm day that ends the spell:
scanning forward from every day costs the rest of the spell.
"""

LOW, HIGH = 30, 100


def _random_days(rng, n):
    return [rng.randint(LOW, HIGH) for _ in range(n)]


def _cold_spells(rng, n):
    days = []
    while len(days) < n:
        length = rng.randint(100, 400)
        today = start = rng.randint(60, HIGH - 1)
        for _ in range(length):
            if rng.randrange(length) < 40:
                today = max(LOW, today - 1)
            days.append(today)
        days.append(rng.randint(start + 1, HIGH))
    return days[:n]


def generate(rng):
    cases = []
    for _ in range(450):
        shape = _cold_spells if rng.random() < 0.75 else _random_days
        cases.append([shape(rng, rng.randint(300, 700))])
    return cases
