"""One number format per kind of metric, used by every view of the report (tables, charts, downloads).

| kind | metrics | format |
| --- | --- | --- |
| share | Pass@1, Beyond@1, ET/MP/MI, Time%, CV | percent, one decimal: `73.4%` |
| ratio | median ratio to the fastest reference, NET | two decimals and a times sign: `1.27×` |
| points | Dynamic Points, DPS (0-100) | one decimal: `12.5` |
| runtime | milliseconds | three significant digits, whole numbers from 100 on: `7.38 ms`, `1,204 ms` |
| memory | megabytes | as runtime, without the unit in table cells: `9.77` |

An undefined value is an en dash everywhere.
"""

from __future__ import annotations

MISSING = "–"


def pct(value: float | None) -> str:
    """A share in [0, 1] as a percentage."""
    return MISSING if value is None else f"{100 * value:.1f}%"


def ratio(value: float | None) -> str:
    """A cost ratio (1 = as cheap as the fastest reference)."""
    return MISSING if value is None else f"{value:.2f}×"


def points(value: float | None) -> str:
    """Points (Dynamic Points, DPS)."""
    return MISSING if value is None else f"{value:,.1f}"


def magnitude(value: float | None) -> str:
    """A measured magnitude (milliseconds, megabytes): three significant digits, whole from 100 on."""
    if value is None:
        return MISSING
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"


def ms(value: float | None) -> str:
    """A runtime with its unit."""
    return MISSING if value is None else f"{magnitude(value)} ms"
