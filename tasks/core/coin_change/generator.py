"""Cases for coin_change: a few coin values against large amounts, some of them unreachable.

Coins that share a factor (all even, say) leave many amounts unreachable, so the answer is often -1
and search that stops at the first hit gains nothing there.
"""


def _case(rng):
    count = rng.randint(1, 8)
    factor = rng.choice((1, 1, 1, 2, 3))
    coins = rng.sample(range(1, 600 // factor), count)
    coins = [c * factor for c in coins]
    amount = rng.randint(1000, 8000)
    return [coins, amount]


def generate(rng):
    return [_case(rng) for _ in range(50)]
