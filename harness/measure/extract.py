"""Getting a program out of a model's answer: fenced code blocks, prose, and scaffolding around the solution.

Models wrap code in Markdown fences (with or without a language tag), add explanations, and often append
a `main` or an `if __name__ == "__main__":` demo. `extract_code` picks the block most likely to be the
solution; `strip_scaffolding` removes the demo entry point, which would otherwise clash with the driver
of a function task (two `main`s in C++) or run needless code at import time (Python). Both are pure
functions of text, so the same answer always yields the same program.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it.token import Token

ALIASES: dict[str, frozenset[str]] = {
    "python": frozenset({"python", "py", "python3", "py3"}),
    "cpp": frozenset({"cpp", "c++", "cc", "cxx", "hpp"}),
}
"""Fence tags that count as each language (compared in lower case); other languages match their name."""



@dataclass(frozen=True)
class Block:
    """One fenced code block: its tag (first word of the info string, lower case) and its body."""

    tag: str
    body: str


def fenced_blocks(text: str) -> list[Block]:
    """Every fenced block in `text`, in order; an unclosed last fence runs to the end (truncated answers).

    Parsed by markdown-it-py (CommonMark), so fences inside list items and block quotes are found too
    (their indentation or `>` removed), and a fence of four backticks may hold ``` lines. A fence indented
    by four spaces or more, which CommonMark reads as an indented code block, is looked into as well.
    """
    from markdown_it import MarkdownIt

    blocks: list[Block] = []
    for token in _walk(MarkdownIt("commonmark").parse(text)):
        if token.type == "fence":
            blocks.append(Block(tag=(token.info.split() or [""])[0].lower(),
                                body=token.content.removesuffix("\n")))
        elif token.type == "code_block" and ("```" in token.content or "~~~" in token.content):
            blocks += fenced_blocks(token.content)
    return blocks


def _walk(tokens: list[Token]) -> Iterator[Token]:
    for token in tokens:
        yield token
        if token.children:
            yield from _walk(token.children)


def _largest(blocks: list[Block]) -> Block | None:
    return max(blocks, key=lambda b: len(b.body.strip()), default=None)


def extract_code(text: str, language: str) -> str:
    """The solution code in a model's answer.

    Preference order: the largest block tagged with the language (or an alias: `py`, `python3`, `c++`,
    `cc`, ...); else the largest untagged block; else the largest block of any tag; else the whole text.
    The largest rather than the first, because answers often show a short usage example after the
    solution in a block with the same tag.

    Args:
        text: the model's answer (Markdown, plain code, or a mix).
        language: the plugin name (`python`, `cpp`, ...).

    Returns:
        The code, with surrounding blank lines removed and a final newline.
    """
    tags = ALIASES.get(language, frozenset({language.lower()}))
    blocks = [b for b in fenced_blocks(text) if b.body.strip()]
    chosen = (
        _largest([b for b in blocks if b.tag in tags])
        or _largest([b for b in blocks if not b.tag])
        or _largest(blocks)
    )
    code = chosen.body if chosen else text
    return code.strip("\n").rstrip() + "\n"


def strip_scaffolding(code: str, language: str) -> str:
    """Remove a demo entry point that a function task's driver replaces.

    Python: a top-level `if __name__ == "__main__":` block (the guard line and its indented body).
    C++: a top-level `int main(...) { ... }` (or `signed main`) definition. Other languages and code
    without scaffolding come back unchanged.
    """
    if language == "python":
        return _strip_python_main(code)
    if language == "cpp":
        return _strip_cpp_main(code)
    return code


_PY_GUARD = re.compile(r"""^if\s+__name__\s*==\s*(['"])__main__\1\s*:""")


def _strip_python_main(code: str) -> str:
    lines = code.splitlines(keepends=True)
    kept: list[str] = []
    i = 0
    while i < len(lines):
        if not _PY_GUARD.match(lines[i]):
            kept.append(lines[i])
            i += 1
            continue
        i += 1
        while i < len(lines) and (not lines[i].strip() or lines[i][0] in " \t"):
            i += 1
    return "".join(kept).rstrip() + "\n"


_CPP_MAIN = re.compile(r"^[ \t]*(?:int|signed)\s+main\s*\(", re.M)


def _skip_literal(code: str, i: int) -> int:
    """Index just past the comment or string/char literal at `code[i]`, or `i` if none starts there."""
    if code.startswith("//", i):
        end = code.find("\n", i)
        return len(code) if end < 0 else end
    if code.startswith("/*", i):
        end = code.find("*/", i + 2)
        return len(code) if end < 0 else end + 2
    if code[i] in "\"'":
        quote, j = code[i], i + 1
        while j < len(code) and code[j] != quote and code[j] != "\n":
            j += 2 if code[j] == "\\" else 1
        return j + 1
    return i


def _matching_brace(code: str, start: int) -> int | None:
    """Index of the `}` closing the first `{` at or after `start`, skipping comments and literals."""
    depth, i = 0, start
    while i < len(code):
        skipped = _skip_literal(code, i)
        if skipped != i:
            i = skipped
            continue
        if code[i] == "{":
            depth += 1
        elif code[i] == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None


def _strip_cpp_main(code: str) -> str:
    match = _CPP_MAIN.search(code)
    if match is None:
        return code
    end = _matching_brace(code, match.end())
    if end is None:  # a truncated main: drop everything from it on
        return code[: match.start()].rstrip() + "\n"
    return (code[: match.start()].rstrip() + "\n" + code[end + 1:].lstrip("\n")).rstrip() + "\n"
