"""Output comparison: exact where it must be, tolerant where the task says so."""

from effx.measure.checkers import accepts
from effx.models import Checker

EXACT, FLOAT, UNORDERED = Checker(kind="exact"), Checker(kind="float", tolerance=1e-6), Checker(kind="unordered")


def test_int64_answers_differing_beyond_float_precision_are_told_apart():
    big = 2**62 + 1
    assert accepts(EXACT, big, big, stdio=False)
    assert not accepts(EXACT, big, big - 1, stdio=False)
    assert not accepts(EXACT, [big], [big + 1], stdio=False)


def test_an_integral_float_matches_an_int_but_a_bool_never_matches_a_number():
    assert accepts(EXACT, 3, 3.0, stdio=False)
    assert not accepts(EXACT, 1, True, stdio=False)
    assert not accepts(EXACT, True, 1, stdio=False)


def test_float_checker_tolerates_rounding_only():
    assert accepts(FLOAT, [0.1 + 0.2], [0.3], stdio=False)
    assert not accepts(FLOAT, [0.3], [0.31], stdio=False)


def test_unordered_checker_compares_multisets():
    assert accepts(UNORDERED, [[1, 2], [3]], [[3], [1, 2]], stdio=False)
    assert not accepts(UNORDERED, [[1, 2], [1, 2]], [[1, 2]], stdio=False)


def test_stdio_checkers():
    assert accepts(EXACT, "1 2\n", "1 2", stdio=True)
    assert not accepts(EXACT, "1 2\n", "1  2\n", stdio=True)
    assert accepts(Checker(kind="whitespace"), "1 2\n3\n", "1  2 \n\n3", stdio=True)
    assert accepts(Checker(kind="tokens", tolerance=1e-3), "0.3333 x", "0.33333 x", stdio=True)
    assert not accepts(Checker(kind="tokens"), "1 2", "1 3", stdio=True)
