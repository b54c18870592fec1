"""Declarations in C and C++ source, shared by the plugins of both languages.

tree-sitter's `c` and `cpp` grammars name their declaration nodes alike (a function's name sits at the
bottom of a chain of pointer, reference and qualified declarators), and both languages hide comments and
literals the same way, so the entry-point check and the textual declaration checks of both plugins use
these helpers. Neither plugin imports the other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from effx.languages.entry_check import Definition, named_children, node_text

if TYPE_CHECKING:
    from tree_sitter import Node

__all__ = ["C_TRANSPARENT", "c_declarator_name", "c_function", "c_function_declarator", "c_functions", "c_scope",
           "c_top_level", "code_only"]

_CODE_NOISE = re.compile(
    r'//[^\n]*|/\*.*?\*/|R"(?P<delim>[^(\s]*)\(.*?\)(?P=delim)"|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'',
    re.S,
)


def code_only(source: str) -> str:
    """`source` with comments and string/char literals removed, for textual declaration checks."""
    return _CODE_NOISE.sub(" ", source)


C_TRANSPARENT = ("preproc_if", "preproc_ifdef", "preproc_else", "preproc_elif", "linkage_specification",
                 "declaration_list", "template_declaration")


def c_declarator_name(node: Node | None) -> str:
    """The identifier inside a (pointer, reference, array, qualified ...) declarator chain."""
    while node is not None:
        if node.type in ("identifier", "field_identifier", "destructor_name", "operator_name"):
            return node_text(node)
        inner = node.child_by_field_name("declarator") or node.child_by_field_name("name")
        if inner is None:
            inner = next((k for k in named_children(node) if k.type.endswith(("declarator", "identifier"))), None)
        node = inner
    return ""


def c_function_declarator(node: Node | None) -> Node | None:
    while node is not None and node.type != "function_declarator":
        node = node.child_by_field_name("declarator")
    return node


def c_function(node: Node) -> Definition | None:
    declarator = c_function_declarator(node.child_by_field_name("declarator"))
    if declarator is None:
        return None
    name = c_declarator_name(declarator.child_by_field_name("declarator"))
    params = declarator.child_by_field_name("parameters")
    shown: list[str] = []
    required = positional = 0
    variadic = False
    for kid in params.children if params is not None else []:
        if kid.type == "..." or kid.type == "variadic_parameter_declaration":
            variadic = True
            shown.append(node_text(kid))
        elif kid.type in ("parameter_declaration", "optional_parameter_declaration"):
            declarator_node = kid.child_by_field_name("declarator")
            if declarator_node is None and node_text(kid.child_by_field_name("type")) == "void":
                continue  # f(void): no parameters
            shown.append(c_declarator_name(declarator_node) or node_text(kid.child_by_field_name("type")))
            positional += 1
            required += kid.type == "parameter_declaration"
    return Definition(name, tuple(shown), positional, required, variadic)


def c_scope(node: Node) -> str:
    """`Solution` for an out-of-class definition `int Solution::f(...)`, else empty."""
    declarator = c_function_declarator(node.child_by_field_name("declarator"))
    inner = declarator.child_by_field_name("declarator") if declarator is not None else None
    if inner is not None and inner.type == "qualified_identifier":
        return node_text(inner.child_by_field_name("scope"))
    return ""


def c_top_level(root: Node) -> Iterator[Node]:
    for node in named_children(root):
        if node.type in C_TRANSPARENT:
            yield from c_top_level(node.child_by_field_name("body") or node)
        else:
            yield node


def c_functions(nodes: Iterable[Node]) -> Iterator[Definition]:
    """The definitions of those `nodes` that declare a function."""
    for node in nodes:
        found = c_function(node)
        if found is not None:
            yield found
