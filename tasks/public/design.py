"""Design problems in the public datasets: a class constructed, then driven through its methods.

LeetCode's design problems (LRU Cache, Min Stack, ...) have starter code with a class other than
`Solution`, an `__init__` and several public methods; their tests are LeetCode's pair of lists,
`["LRUCache", "put", "get"]` and `[[2], [1, 1], [1]]`. `derive_design_signature` turns such starter code
into a design `Signature` (the constructor's and every method's types from their annotations or `:type:`
docstring lines, `None` returns as `void`), and `design_input` checks that a test's input is that pair
with the class first, so a loader can carry the problem. When the starter code is not of that shape, or a
row has no test in that form, the loader lists the row in `Suite.skipped` with the reason, as before.
"""

from __future__ import annotations

import ast
from typing import Any

from effx.models import VOID, Method, Param, Signature
from effx.tasks.public.signature import SignatureError, _docstring_types, _returns_none, _type_of, positional_params

DESIGN_PARAMS = ("operations", "arguments")
"""The names of a design case's two halves, for decoding textual inputs (`decode_arguments`)."""


def _params(func: ast.FunctionDef, where: str) -> list[Param]:
    return positional_params(func, where, f" of {where}")


def _parse(code: str) -> ast.Module:
    """Starter code parsed, with `pass` after every `def` header that has no body (LeetCode leaves them
    empty, or gives some methods only a docstring, which must stay their first statement)."""
    lines = code.splitlines()
    out: list[str] = []
    for k, line in enumerate(lines):
        out.append(line)
        header = line.strip()
        if not (header.startswith("def ") and header.endswith(":")):
            continue
        indent = len(line) - len(line.lstrip())
        following = next((n for n in lines[k + 1:] if n.strip()), "")
        if len(following) - len(following.lstrip()) <= indent:
            out.append(" " * (indent + 4) + "pass")
    try:
        return ast.parse("\n".join(out) + "\n")
    except SyntaxError as exc:
        raise SignatureError(f"the starter code does not parse as Python (line {exc.lineno}: {exc.msg})") from None


def design_class(code: str) -> ast.ClassDef | None:
    """The design class of starter code: its one class when that is not `Solution` and defines methods."""
    classes = [n for n in _parse(code).body if isinstance(n, ast.ClassDef)]
    if len(classes) != 1 or classes[0].name == "Solution":
        return None
    return classes[0] if any(isinstance(n, ast.FunctionDef) for n in classes[0].body) else None


def derive_design_signature(code: str) -> Signature:
    """The design signature of LeetCode Python starter code whose class is driven through its methods.

    Raises:
        SignatureError: the starter code is not a design class, or a type is outside the vocabulary; the
            message says which and why.
    """
    cls = design_class(code)
    if cls is None:
        raise SignatureError("the starter code defines no design class (one class other than Solution)")
    functions = [n for n in cls.body if isinstance(n, ast.FunctionDef)]
    init = next((f for f in functions if f.name == "__init__"), None)
    params = _params(init, f"{cls.name}.__init__") if init is not None else []
    methods = []
    for func in functions:
        if func.name.startswith("_"):
            continue
        where = f"{cls.name}.{func.name}"
        returns = VOID if _returns_none(func, _docstring_types(func)) else _type_of(
            func.returns, _docstring_types(func).get("return"), f"the return value of {where}")
        methods.append(Method(name=func.name, params=_params(func, where), returns=returns))
    if not methods:
        raise SignatureError(f"design class {cls.name} has no public method")
    try:
        return Signature(name=cls.name, params=params, methods=methods)
    except ValueError as exc:
        raise SignatureError(f"design class {cls.name}: {exc}") from None


def design_input(value: Any, sig: Signature) -> list[Any]:
    """`value` checked as the input of a design case of `sig`: `[operations, argument lists]`, the class first.

    Raises:
        ValueError: it is not that pair, or names an operation the class does not have.
    """
    if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, list) for v in value)):
        raise ValueError(f"expected [operations, argument lists], found {str(value)[:100]}")
    ops, args = value
    names = {m.name for m in sig.methods or ()}
    if len(ops) != len(args) or not ops or ops[0] != sig.name:
        raise ValueError(f"expected operations and argument lists of the same length, the first {sig.name!r}")
    unknown = sorted({str(op) for op in ops[1:] if op not in names})
    if unknown:
        raise ValueError(f"operations {', '.join(unknown)} are not methods of {sig.name}")
    return [ops, args]


def design_checker_kind(sig: Signature) -> str:
    """`float` when a method returns floats (compared within tolerance, inside the list of results), else `exact`."""
    return "float" if any("float" in m.returns for m in sig.methods or ()) else "exact"


def design_or_reason(code: str, error: SignatureError) -> Signature | str:
    """The design signature of starter code `derive_signature` refused with `error`, or why it is skipped.

    The reason starts with the refusal itself when the code is no design class, so a row that is neither a
    function nor a design problem is reported as before.
    """
    try:
        cls = design_class(code)
        if cls is None:
            return str(error)
        return derive_design_signature(code)
    except SignatureError as exc:
        return f"design problem: {exc}"


def design_skip_reason(sig: Signature, why: str) -> str:
    """The reason a design problem that has a signature is still skipped (no runnable cases)."""
    return f"design problem: class {sig.name} (constructed, then driven through its methods): {why}"
