"""Runs a task's Python checker over a solution's outputs, in the sandbox (shipped there by effx).

Reads `checks.json` (a list of `{"input", "expected", "output"}`), calls `checker.check(input, expected,
output)` for each case in order and writes `verdicts.json`: a list of `[accepted, message]`, one per
case checked, ending at the first rejection. A check() that raises on an output it cannot read while it
judges the expected output itself rejects that output. A checker that cannot load, raises on the
expected output too, or answers something other than a bool or an `(accepted, message)` pair exits 3
with the reason on stderr: the judge failed, not the solution.
"""

import json
import sys
import traceback

JUDGE_FAILED = 3


def judge_failed(reason: str) -> None:
    sys.stderr.write(f"effx: checker failed: {reason}\n")
    sys.stderr.flush()
    sys.exit(JUDGE_FAILED)


def verdict(answer: object, case: int) -> tuple[bool, str]:
    if isinstance(answer, bool):
        return answer, ""
    if isinstance(answer, tuple) and len(answer) == 2 and isinstance(answer[0], bool):
        return answer[0], str(answer[1])
    judge_failed(f"check() returned {answer!r:.200} for case {case}, not True/False or (accepted, message)")
    raise AssertionError  # unreachable: judge_failed exits


def blame(check, case: dict, index: int, exc: BaseException) -> tuple[bool, str]:
    """Whose fault a raising check() is. If the checker judges the expected output itself without raising,
    it was this output that broke it (a list of the wrong type, a missing key): a rejection, or a solution
    could escape its wrong answer by crashing the judge. Otherwise the checker is broken: the judge failed."""
    try:
        check(case["input"], case["expected"], case["expected"])
    except BaseException:  # noqa: BLE001
        judge_failed(f"check() raised on case {index}:\n{traceback.format_exc(limit=5)}")
    return False, f"the checker could not read this output ({type(exc).__name__}: {str(exc)[:200]})"


def main() -> None:
    sys.path.insert(0, ".")
    try:
        import checker
    except BaseException:  # noqa: BLE001 - anything the checker's top level does is the judge's failure
        judge_failed(f"checker.py does not load:\n{traceback.format_exc(limit=5)}")
    check = getattr(checker, "check", None)
    if check is None or not callable(check):
        judge_failed("checker.py defines no function check(input, expected, output)")
        return
    with open("checks.json", encoding="utf-8") as handle:
        cases = json.load(handle)
    verdicts = []
    for index, case in enumerate(cases, start=1):
        try:
            answer = check(case["input"], case["expected"], case["output"])
        except BaseException as exc:  # noqa: BLE001
            answer = blame(check, case, index, exc)
        accepted, message = verdict(answer, index)
        verdicts.append([accepted, message])
        if not accepted:
            break
    with open("verdicts.json", "w", encoding="utf-8") as handle:
        json.dump(verdicts, handle)


main()
