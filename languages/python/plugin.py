"""Python: LeetCode-style solutions run by a generated driver on the system interpreter.

The system interpreter (`/usr/bin/python3`) is preferred over whatever `python3` is first on PATH: the
sandbox runs programs as uid nobody, which cannot read an interpreter installed under /root (pyenv).
Programs run with `-S` (no site-packages: solutions may use only the standard library, and start-up is
faster) and `-B` (no .pyc files written into the work directory), with a fixed PYTHONHASHSEED so set
and dict iteration orders, and therefore runtimes and instruction counts, repeat from run to run.

Function tasks: `solution.py` holds the candidate unchanged and `main.py` is the driver rendered from
`driver.py.j2`. There is no compile step; a solution that fails to load (SyntaxError, module-level error, no
entry point) makes the driver exit with `EXIT_COMPILE_ERROR` and print `effx: compile error` on stderr,
which the runner reports as `compile_error`. Stdio tasks run `solution.py` directly.

The driver runs the solution on a thread with a 256 MB stack and a recursion limit of 10^6 (recursion
through C code such as `functools.cache` overflows the default 8 MB stack at ~20,000 levels), and calls
`gc.collect(); gc.freeze()` before each timed call so that collections inside a call traverse only what
the solution allocated (the parsed cases are frozen), while cyclic garbage is still collected.
"""

from __future__ import annotations

import keyword
from collections.abc import Iterator
from typing import TYPE_CHECKING

from effx.languages.driver_plugins import DESIGN_CASE, InterpretedPlugin, design_description, find_binary, unreserved
from effx.languages.entry_check import Definition, EntryRules, named_children, node_text
from effx.languages.value_types import TypeRef, parse_type
from effx.models import VOID, Param, Signature, Task

if TYPE_CHECKING:
    from tree_sitter import Node

SYSTEM_PYTHON = "/usr/bin/python3"


_HINTS = {"int": "int", "int64": "int", "float": "float", "bool": "bool", "str": "str",
          "ListNode": "Optional[ListNode]", "TreeNode": "Optional[TreeNode]"}
_RESERVED = frozenset([*keyword.kwlist, "self"])


def type_hint(ref: TypeRef) -> str:
    """LeetCode's annotation of a vocabulary type (`list[ListNode]` -> `List[Optional[ListNode]]`); the driver's
    namespace imports `List` and `Optional` from `typing`."""
    return ref.spelled(_HINTS, "List[{}]")


def find_interpreter() -> str:
    """The interpreter programs run with: the system one if present, else `python3` on PATH."""
    return find_binary(SYSTEM_PYTHON, "python3")


# --- The definitions the driver could call, for the entry-point check ---------------------------------

_PY_OPTIONAL = ("default_parameter", "typed_default_parameter")


def _py_function(node: Node, *, method: bool) -> Definition:
    params = node.child_by_field_name("parameters")
    kids = list(named_children(params)) if params is not None else []
    if method and kids and kids[0].type in ("identifier", "typed_parameter"):
        kids = kids[1:]  # self (or cls); a @staticmethod keeps its first parameter, see _py_defs
    shown: list[str] = []
    positional = required = 0
    variadic = keyword_only = False
    for kid in kids:
        text = node_text(kid).split(":")[0].split("=")[0].strip()
        if kid.type == "positional_separator":
            continue
        shown.append(text)
        if kid.type == "keyword_separator" or text.startswith("**"):
            keyword_only = True
        elif text.startswith("*"):
            variadic = keyword_only = True
        elif not keyword_only:
            positional += 1
            required += kid.type not in _PY_OPTIONAL
    return Definition(node_text(node.child_by_field_name("name")), tuple(shown), positional, required, variadic)


def _py_defs(root: Node) -> Iterator[Definition]:
    def functions(block: Node, *, method: bool) -> Iterator[Definition]:
        for node in named_children(block):
            target, static = node, False
            if node.type == "decorated_definition":
                target = node.child_by_field_name("definition") or node
                static = any(node_text(d).strip() == "@staticmethod"
                             for d in named_children(node) if d.type == "decorator")
            if target.type == "function_definition":
                yield _py_function(target, method=method and not static)
            elif target.type == "class_definition" and node_text(target.child_by_field_name("name")) == "Solution":
                body = target.child_by_field_name("body")
                if body is not None and not method:
                    yield from functions(body, method=True)

    yield from functions(root, method=False)


def _py_params(params: list[Param]) -> str:
    return ", ".join(["self", *(f"{unreserved(p.name, _RESERVED)}: {type_hint(parse_type(p.type))}" for p in params)])


def design_stub(signature: Signature) -> str:
    """LeetCode's starter code of a design problem: the class, `__init__` and every method, typed."""
    lines = [f"class {signature.name}:\n", f"    def __init__({_py_params(signature.params)}):\n",
             "        raise NotImplementedError\n"]
    for method in signature.methods or ():
        returns = "None" if method.returns == VOID else type_hint(parse_type(method.returns))
        lines += [f"\n    def {method.name}({_py_params(method.params)}) -> {returns}:\n",
                  "        raise NotImplementedError\n"]
    return "".join(lines)


class PythonPlugin(InterpretedPlugin):
    """CPython 3 with a LeetCode-compatible namespace (typing names, ListNode, TreeNode, common modules)."""

    repetitions = "fork"
    in_place = True

    entry_rules = EntryRules(grammar="python", kind="method or function", extract=_py_defs)
    system_binary = SYSTEM_PYTHON
    run_flags = ("-S", "-B")
    env = {"PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8"}

    def stub_source(self, signature: Signature) -> str:
        """`class Solution:` with the entry point typed from the signature, as on LeetCode (a design signature:
        the class with `__init__` and its methods)."""
        if signature.methods is not None:
            return design_stub(signature)
        params = ", ".join(["self", *(f"{unreserved(p.name, _RESERVED)}: {type_hint(parse_type(p.type))}"
                                      for p in signature.params)])
        returns = "None" if signature.returns == VOID else type_hint(parse_type(signature.returns))
        return (f"class Solution:\n    def {signature.name}({params}) -> {returns}:\n"
                "        raise NotImplementedError\n")

    def render_driver(self, task: Task, signature: Signature, code: str) -> str:
        """The driver source for a function task; type strings are normalised through the vocabulary."""
        design = design_description(signature)
        return self.template(
            "driver.py.j2",
            solution_file=repr(self.solution_file),
            entry=repr(signature.name),
            param_types=repr(DESIGN_CASE if design else [str(parse_type(p.type)) for p in signature.params]),
            return_type=repr("list" if design else VOID if signature.returns == VOID
                             else str(parse_type(signature.returns))),
            design=repr(design),
        )
