"""What the submission page shows beyond the row: highlighted code and the diff of a wrong answer.

Both are rendered on the server as HTML (no JavaScript): the code by Pygments with CSS classes (the
stylesheet, `HIGHLIGHT_CSS`, is embedded in the page), the diff by difflib between the expected and the
got values of the verdict message (`effx.measure.verdict.check` writes `case i of n: input ...`,
`expected ...`, `got      ...`, each value on one line as `effx.measure.checkers.preview` renders it).
A list is shown one element per line, so the element that differs stands out. Everything is escaped.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from functools import cache

from markupsafe import Markup

ALIASES = {"cpp": "cpp", "c++": "cpp", "js": "javascript", "ts": "typescript", "golang": "go"}
_CASE = re.compile(r"case (\d+) of (\d+): input (?P<input>.*)")
_TRUNCATED = re.compile(r"\.\.\. \(\d+ chars\)$")


@cache
def highlight_css() -> Markup:
    """The stylesheet of the highlighted code (Pygments' default style, scoped to `.highlight`)."""
    from pygments.formatters import HtmlFormatter

    return Markup(HtmlFormatter(style="default").get_style_defs(".highlight"))


def highlight(code: str, language: str) -> Markup:
    """`code` as highlighted HTML (`<div class="highlight"><pre>...`), plain text for an unknown language."""
    from pygments import highlight as render
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import TextLexer, get_lexer_by_name
    from pygments.util import ClassNotFound

    try:
        lexer = get_lexer_by_name(ALIASES.get(language, language), stripnl=False, ensurenl=False)
    except ClassNotFound:
        lexer = TextLexer(stripnl=False, ensurenl=False)
    return Markup(render(code, lexer, HtmlFormatter(cssclass="highlight", linenos=False)))


@dataclass(frozen=True)
class WrongAnswer:
    """A wrong answer's verdict message taken apart."""

    case: int
    """The failing case, 1-based."""
    cases: int
    input: str
    expected: str
    got: str
    truncated: bool
    """Whether the message shortened a value (the diff then shows only its start)."""


def parse_wrong_answer(message: str | None) -> WrongAnswer | None:
    """The parts of a `wrong_answer` message, or None when it does not have the verdict's form."""
    lines = (message or "").split("\n")
    if len(lines) < 3:
        return None
    head = _CASE.fullmatch(lines[0])
    if head is None or not lines[1].startswith("expected ") or not lines[2].startswith("got      "):
        return None
    expected, got = lines[1].removeprefix("expected "), lines[2].removeprefix("got      ")
    return WrongAnswer(int(head[1]), int(head[2]), head["input"], expected, got,
                       bool(_TRUNCATED.search(expected) or _TRUNCATED.search(got)))


def _split_top_level(text: str) -> list[str]:
    """The comma-separated items of a JSON-like list text (brackets, braces and strings respected)."""
    items, depth, start, quoted, escaped = [], 0, 0, False, False
    for index, char in enumerate(text):
        if quoted:
            quoted = not (char == '"' and not escaped)
            escaped = char == "\\" and not escaped
        elif char == '"':
            quoted = True
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
        elif char == "," and depth == 0:
            items.append(text[start:index].strip())
            start = index + 1
    items.append(text[start:].strip())
    return items


def pretty_lines(value: str) -> list[str]:
    """A value of the message as lines: a list one element per line, other JSON indented, text by line."""
    try:
        parsed = json.loads(value)
    except ValueError:
        if value.startswith("["):  # shortened (or not JSON): its elements as far as they go
            closed = value.endswith("]")
            items = _split_top_level(value[1:-1] if closed else value[1:])
            return ["["] + [f"  {item}" for item in items if item] + (["]"] if closed else [])
        return value.split("\\n")
    if isinstance(parsed, list):
        return ["["] + [f"  {json.dumps(item)}" for item in parsed] + ["]"]
    if isinstance(parsed, dict):
        return json.dumps(parsed, indent=2).split("\n")
    return [value]


def answer_diff(wrong: WrongAnswer) -> Markup:
    """A unified diff (expected -> got) of the wrong answer, as escaped HTML lines with `del`/`add` classes."""
    lines = difflib.unified_diff(pretty_lines(wrong.expected), pretty_lines(wrong.got), "expected", "got",
                                 n=3, lineterm="")
    out = []
    for line in lines:
        kind = ("head" if line.startswith(("---", "+++", "@@")) else
                "del" if line.startswith("-") else "add" if line.startswith("+") else "same")
        out.append(Markup('<span class="diff-{}">{}</span>').format(kind, line))
    if not out:  # equal as shown: the checker rejected what the shortened values do not show
        out.append(Markup('<span class="diff-same">{}</span>').format("(no difference in the values as shown)"))
    return Markup("\n").join(out)
