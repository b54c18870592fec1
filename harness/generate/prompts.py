"""Prompts for code models: one template per purpose, filled from the task and the language plugin.

A prompt must tell the model exactly what shape of code the driver will call, or a correct idea fails as
`invalid_solution`. So every prompt carries the plugin's `solution_shape` and, for function tasks, the
plugin's stub (`LanguagePlugin.stub`): starter code typed from the signature in the LeetCode style models
were trained on (`class Solution` with a typed method for Python, `impl Solution` for Rust, a typed free
function for C and Go ...), the same code that, run with `EFFX_SKIP_CALLS=1`, measures the driver alone.
Templates are jinja2 files next to this module, so the wording can be changed without touching code; a
language may ship its own `solve.<language>.md.j2` that extends the generic one (Python and C++ add what
their drivers predefine).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from effx.models import Task
from effx.registry import get_language

if TYPE_CHECKING:
    import jinja2

TEMPLATES = Path(__file__).parent / "templates"
Objective = Literal["time", "memory", "integral"]
OBJECTIVE_TEXT: dict[str, str] = {
    "time": "running time",
    "memory": "peak memory",
    "integral": "memory over time (peak memory times how long it is held)",
}


@cache
def _environment() -> jinja2.Environment:
    import jinja2

    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), undefined=jinja2.StrictUndefined,
                              keep_trailing_newline=False, autoescape=False)


def _template(*names: str) -> jinja2.Template:
    return _environment().select_template(list(names))


def stub_for(task: Task, language: str) -> str:
    """The starter code of a function task in `language` (its plugin's `stub`), or "" when there is none.

    Stdio tasks have none (the solution is a whole program), nor do plugins that write no stubs or cannot
    pass the signature's types (the prompt then relies on the solution shape alone).
    """
    if task.mode != "function" or task.signature is None:
        return ""
    try:
        return get_language(language).stub(task).rstrip()
    except (NotImplementedError, ValueError):
        return ""


def _common(task: Task, language: str) -> dict[str, object]:
    plugin = get_language(language)
    statement = task.statement.strip() or f"# {task.title}"
    return {"display_name": plugin.display_name, "fence": plugin.name, "shape": plugin.solution_shape,
            "statement": statement, "stdio": task.mode == "stdio"}


def _tidy(text: str) -> str:
    """Collapse the blank lines optional template parts leave behind."""
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def system_prompt() -> str:
    """The system message of every request."""
    return _template("system.j2").render().strip()


def solve_prompt(task: Task, language: str) -> str:
    """The user message asking for a first solution of `task` in `language`."""
    template = _template(f"solve.{language}.md.j2", "solve.md.j2")
    return _tidy(template.render(**_common(task, language), stub=stub_for(task, language)))


def optimize_prompt(
    task: Task,
    language: str,
    code: str,
    *,
    status: str,
    passed: bool,
    runtime_ms: float | None,
    peak_rss_kb: int | None,
    mem_integral_mb_s: float | None,
    message: str = "",
    objective: Objective = "time",
) -> str:
    """The user message asking to improve `code`, showing what its last measurement found."""
    measured = runtime_ms is not None and peak_rss_kb is not None and mem_integral_mb_s is not None
    return _tidy(_template(f"optimize.{language}.md.j2", "optimize.md.j2").render(
        **_common(task, language), code=code.rstrip(), status=status, passed=passed,
        runtime_ms=runtime_ms if measured else None, peak_rss_kb=peak_rss_kb or 0,
        mem_integral_mb_s=mem_integral_mb_s or 0.0, message=message.strip()[:2000],
        objective_text=OBJECTIVE_TEXT[objective],
    ))


def chat_messages(user: str) -> list[dict[str, str]]:
    """System plus user message in the OpenAI chat format."""
    return [{"role": "system", "content": system_prompt()}, {"role": "user", "content": user}]
