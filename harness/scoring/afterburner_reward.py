"""Afterburner (NeurIPS 2025): the GRPO reward of one rollout that rewrites a base solution.

`reward = 0.5 * improvement + 0.2 * format` (the paper's length term has weight 0.3 but is multiplied
by 0, so it is left out), where

* `improvement = pass + (0.5 if pass > 0 else 0) * delta_m` for the instructed measure m,
* `pass` = 1.0 when the rewrite newly passes, 0.5 when it keeps passing, -0.5 when it keeps failing,
  -1.0 when it regresses,
* `delta(b, c, clip) = tanh(clip((clip(b,0,clip) - clip(c,0,clip)) / (clip(b,0,clip) + 1e-9), -1, 1))`,
  the relative saving of candidate c over base b, squashed into (-0.77, 0.77),
* `format` = 1 when the text is exactly one `<thinking>...</thinking>` followed by one
  `<solution>...</solution>` and nothing else (surrounding whitespace aside).

The constants are in the units of Afterburner's sandbox: time in seconds, memory in kB, integral in
kB*s. A failing side is scored with the failing defaults (time 90 s, memory 1e9, integral 1e10) before
clipping, so it can never look efficient; pass costs in those units or override the constants.
"""

from __future__ import annotations

import math
import re
from typing import Literal, NotRequired, TypedDict, Unpack

from effx.registry import METRICS

Measure = Literal["time", "memory", "integral"]

CLIP: dict[str, float] = {"time": 90.0, "memory": 1_048_576.0, "integral": 1_048_576.0 * 90}
"""Upper clip per measure."""
FAILING: dict[str, float] = {"time": 90.0, "memory": 1e9, "integral": 1e10}
"""Cost assigned to a failing solution per measure."""

_BLOCK = r"(?:(?!</?thinking>|</?solution>).)*"
_FORMAT = re.compile(rf"\s*<thinking>{_BLOCK}</thinking>\s*<solution>{_BLOCK}</solution>\s*", re.DOTALL)


def _clip(x: float, lo: float, hi: float) -> float:
    return min(max(x, lo), hi)


@METRICS.register("afterburner_delta")
def delta(base: float, candidate: float, clip: float) -> float:
    """Squashed relative saving `tanh(clip((b - c) / (b + 1e-9), -1, 1))` with b, c clipped to [0, clip]."""
    b, c = _clip(base, 0.0, clip), _clip(candidate, 0.0, clip)
    return math.tanh(_clip((b - c) / (b + 1e-9), -1.0, 1.0))


@METRICS.register("afterburner_pass")
def pass_term(base_passed: bool, candidate_passed: bool) -> float:
    """1.0 newly passing, 0.5 kept passing, -0.5 kept failing, -1.0 regression."""
    if candidate_passed:
        return 0.5 if base_passed else 1.0
    return -1.0 if base_passed else -0.5


@METRICS.register("afterburner_improvement")
def improvement(
    base_passed: bool,
    candidate_passed: bool,
    base_value: float | None,
    candidate_value: float | None,
    measure: Measure = "time",
) -> float:
    """`pass + (0.5 if pass > 0 else 0) * delta_m`, failing sides costed with `FAILING[measure]`."""
    p = pass_term(base_passed, candidate_passed)
    b = base_value if base_passed and base_value is not None else FAILING[measure]
    c = candidate_value if candidate_passed and candidate_value is not None else FAILING[measure]
    return p + (0.5 if p > 0 else 0.0) * delta(b, c, CLIP[measure])


@METRICS.register("afterburner_format")
def format_reward(text: str) -> float:
    """1.0 iff `text` is one `<thinking>` block followed by one `<solution>` block and nothing else."""
    return 1.0 if _FORMAT.fullmatch(text) else 0.0


class Rollout(TypedDict):
    """The measured sides of one rollout: `improvement`'s arguments, by name."""

    base_passed: bool
    candidate_passed: bool
    base_value: float | None
    candidate_value: float | None
    measure: NotRequired[Measure]


@METRICS.register("afterburner_reward")
def grpo_reward(text: str, **rollout: Unpack[Rollout]) -> float:
    """`0.5 * improvement + 0.2 * format` for one rollout (`text` is the model's full response)."""
    return 0.5 * improvement(**rollout) + 0.2 * format_reward(text)
