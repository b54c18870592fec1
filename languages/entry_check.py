"""Does a solution define the entry point the task calls? A fast syntactic check before compiling.

A misnamed method (`twoSums`) or a wrong parameter count otherwise surfaces as a compiler error about
the generated driver, or as a runtime error deep in it, which tells the author of the solution little.
This check parses the solution with tree-sitter, lists the functions the driver could call (by the
same rules as each language's driver: a method of `class Solution`, a free function, ...) and, when
none has the expected name and arity, says so in one line that names what was found instead.

Which definitions count is each plugin's knowledge (`LanguagePlugin.entry_rules` and `entry_call`, next to
the driver that calls them); this module parses and compares. The check may only ever *reject clearly*:
when a grammar cannot be loaded, the plugin has no rules, or the source does not parse cleanly and
nothing matched (so the compiler's own message will be more precise), it returns None and the run goes on as before.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from effx.models import Task

if TYPE_CHECKING:
    from tree_sitter import Node, Parser

    from effx.languages.interface import LanguagePlugin

log = logging.getLogger(__name__)

__all__ = ["Definition", "EntryRules", "check_entry_point", "find_definitions", "named_children",
           "node_text", "plain_definition"]


@dataclass(frozen=True)
class Definition:
    """A function or method the driver could call, as written in the solution."""

    name: str
    params: tuple[str, ...]
    """Parameters as written (names, or types when unnamed), for messages."""
    positional: int
    """Parameters that can be passed positionally (variadic, keyword-only and block ones excluded)."""
    required: int
    """Positional parameters without a default value."""
    variadic: bool = False
    """Takes any number of further positional arguments (`*args`, `...rest`, C's `...`)."""

    def accepts(self, count: int) -> bool:
        """Whether a call with `count` positional arguments binds to this definition."""
        return self.required <= count and (self.variadic or count <= self.positional)

    def __str__(self) -> str:
        return f"{self.name}({', '.join(self.params)})"


def node_text(node: Node | None) -> str:
    """The source text of `node` (empty for a missing node), for names and messages."""
    return node.text.decode("utf-8", "replace") if node is not None and node.text is not None else ""


def named_children(node: Node) -> Iterator[Node]:
    """The named children of `node`: the syntax a rule looks at, without punctuation."""
    return (child for child in node.children if child.is_named)


def plain_definition(name: str, params: list[str]) -> Definition:
    """A definition whose parameters are all required and positional."""
    return Definition(name, tuple(params), len(params), len(params))


@dataclass(frozen=True)
class EntryRules:
    """How a language plugin finds callable definitions in a solution (`LanguagePlugin.entry_rules`)."""

    grammar: str
    """tree-sitter-language-pack grammar name."""
    kind: str
    """What the entry point is called in messages."""
    extract: Callable[[Node], Iterator[Definition]]
    """The definitions at the places the language's driver looks for the entry point."""


def _plugin(language: str) -> LanguagePlugin | None:
    from effx.registry import UnknownNameError, get_language

    try:
        return get_language(language)
    except UnknownNameError:
        return None


def _rules(language: str) -> EntryRules | None:
    plugin = _plugin(language)
    return plugin.entry_rules if plugin is not None else None


@cache
def _parser(grammar: str) -> tuple[Parser, threading.Lock] | None:
    """One parser per grammar, built on first use; a grammar that cannot be loaded is logged once."""
    try:
        from tree_sitter_language_pack import get_parser

        return get_parser(grammar), threading.Lock()  # type: ignore[arg-type]
    except Exception as exc:  # noqa: BLE001 -- any failure here must only switch the check off
        log.warning("effx: entry-point check disabled for %s: tree-sitter grammar not loadable (%s)", grammar, exc)
        return None


def find_definitions(code: str, language: str) -> tuple[list[Definition], bool] | None:
    """The callable definitions in `code` and whether it parsed cleanly; None when it cannot be parsed."""
    rules = _rules(language)
    loaded = _parser(rules.grammar) if rules else None
    if rules is None or loaded is None:
        return None
    parser, lock = loaded
    with lock:  # a tree-sitter parser is not safe to share between threads
        tree = parser.parse(code.encode("utf-8"))
    return [d for d in rules.extract(tree.root_node) if d.name], not tree.root_node.has_error


_DESIGN_DECLARATIONS = {
    "python": r"^\s*class\s+{name}\b", "ruby": r"^\s*class\s+{name}\b",
    "cpp": r"\b(?:class|struct)\s+{name}\b", "java": r"\b(?:class|record)\s+{name}\b",
    "javascript": r"\bclass\s+{name}\b|\b(?:var|let|const)\s+{name}\s*=|\bfunction\s+{name}\s*\(",
    "go": r"\btype\s+{name}\s+struct\b", "rust": r"\bstruct\s+{name}\b", "c": r"\b{name}\s*\(",
}
"""Per language, how the declaration of a design task's entry (`LanguagePlugin.entry_call`: the class, or
C's `xCreate`) looks, with comments removed."""
_COMMENTS = {"python": r"#[^\n]*", "ruby": r"#[^\n]*|^=begin.*?^=end"}


def _check_design_class(task: Task, code: str, language: str) -> str | None:
    """A one-line message when `code` does not declare the class a design task constructs, else None."""
    plugin = _plugin(language)
    pattern = _DESIGN_DECLARATIONS.get(language)
    expected = plugin.entry_call(task.signature) if plugin is not None and task.signature is not None else None
    if pattern is None or not expected:
        return None
    name = expected[0][0]
    text = re.sub(_COMMENTS.get(language, r"//[^\n]*|/\*.*?\*/"), " ", code, flags=re.S | re.M)
    if re.search(pattern.format(name=re.escape(name)), text, re.M):
        return None
    what = "function" if language == "c" else "class"
    return f"no {what} {name} found in the {language} solution (the design class this task constructs)"


def _count(n: int) -> str:
    return f"{n} parameter{'s' if n != 1 else ''}"


def check_entry_point(task: Task, code: str, language: str) -> str | None:
    """A one-line message when `code` lacks the entry point `task` calls in `language`, else None.

    None also when the check cannot judge: stdio tasks, plugins without rules, a grammar that does not load, or
    source that does not parse cleanly and has no matching definition. For a design task only the class itself
    is looked for (`_check_design_class`); its methods are left to the driver or the compiler, which name
    what is missing.
    """
    if task.mode != "function" or task.signature is None:
        return None
    if task.signature.is_design:
        return _check_design_class(task, code, language)
    plugin = _plugin(language)
    rules = plugin.entry_rules if plugin is not None else None
    expected = plugin.entry_call(task.signature) if plugin is not None and rules is not None else None
    found = find_definitions(code, language)
    if expected is None or found is None:
        return None
    names, params = expected
    definitions, clean = found
    arity = len(params)
    call = f"{names[0]}({', '.join(params)})"
    named = [d for d in definitions if d.name in names]
    if any(d.accepts(arity) for d in named) or not clean:
        return None
    assert rules is not None
    kind = rules.kind
    if named:
        shown = "; ".join(str(d) for d in named[:3])
        return (f"{kind} {names[0]} in the {language} solution takes the wrong number of parameters: "
                f"found {shown}, expected {_count(arity)}: {call}")
    also = f" (or {', '.join(names[1:])})" if len(names) > 1 else ""
    others = ", ".join(str(d) for d in definitions[:6]) + (", ..." if len(definitions) > 6 else "")
    return f"no {kind} {call}{also} found in the {language} solution (found: {others or 'none'})"
