"""Typed signatures from LeetCode's Python starter code, so a Python-only dataset runs in any language.

The starter code (`class Solution:` with one typed method and an empty body) is parsed with `ast`, never
executed. Types come from the annotations, or from the `:type x:` / `:rtype:` docstring lines of the
older `class Solution(object):` prompts, and map onto effx's vocabulary:
`List[int]` -> `list[int]`, `List[List[str]]` -> `list[list[str]]`, `Optional[ListNode]` -> `ListNode`,
`Optional[TreeNode]` -> `TreeNode`, and `int`, `float`, `bool`, `str` as they are (`int` stays `int`).

A method that returns None and takes a list or a node is an in-place problem: its signature returns
`void`, and its answer is the arguments after the call (drivers report them; Python and C++ run such
signatures). A problem whose interface cannot be carried raises `SignatureError` with the reason, so
loaders list it in `Suite.skipped` instead of dropping it silently: a None-returning method with nothing
to mutate, and types outside the vocabulary.
"""

from __future__ import annotations

import ast
import re

from effx.models import VOID, Param, Signature

_SCALARS = {"int": "int", "float": "float", "bool": "bool", "str": "str"}
_STRUCTS = ("ListNode", "TreeNode")
_DEF_LINE = re.compile(r"^(\s*)(?:async\s+)?def\s.*:\s*(#.*)?$")


class SignatureError(ValueError):
    """Starter code whose entry point effx cannot call from a typed signature; the message says why."""


def _with_bodies(code: str) -> str:
    """Starter code with `pass` after every one-line `def` header, so empty method bodies parse."""
    out: list[str] = []
    for line in code.splitlines():
        out.append(line)
        match = _DEF_LINE.match(line)
        if match:
            out.append(f"{match.group(1)}    pass")
    return "\n".join(out) + "\n"


def _parse(code: str) -> ast.Module:
    try:
        return ast.parse(code)
    except SyntaxError:
        pass
    try:
        return ast.parse(_with_bodies(code))
    except SyntaxError as exc:
        raise SignatureError(f"the starter code does not parse as Python (line {exc.lineno}: {exc.msg})") from None


def _vocab(node: ast.expr) -> str:
    """The vocabulary type of an annotation expression; raises SignatureError for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):  # a quoted forward reference
        return _vocab(ast.parse(node.value, mode="eval").body)
    if isinstance(node, ast.Name):
        if node.id in _SCALARS:
            return _SCALARS[node.id]
        if node.id in _STRUCTS:
            return node.id
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        outer = node.value.id
        if outer in ("List", "list"):
            return f"list[{_vocab(node.slice)}]"
        if outer == "Optional":
            inner = _vocab(node.slice)
            if inner in _STRUCTS:
                return inner  # None is the empty list/tree, which the drivers already carry
    raise SignatureError(f"type `{ast.unparse(node)}` is outside effx's type vocabulary "
                         f"(int, float, bool, str, ListNode, TreeNode and lists of them)")


def _docstring_types(func: ast.FunctionDef) -> dict[str, str]:
    """`:type name: T` and `:rtype: T` lines of a method's docstring (key `return` for the latter)."""
    types: dict[str, str] = {}
    for line in (ast.get_docstring(func) or "").splitlines():
        match = re.match(r"\s*:type\s+(\w+)\s*:\s*(.+?)\s*$", line)
        if match:
            types[match.group(1)] = match.group(2)
        match = re.match(r"\s*:rtype\s*:\s*(.+?)\s*$", line)
        if match:
            types["return"] = match.group(1)
    return types


def _type_of(annotation: ast.expr | None, fallback: str | None, what: str) -> str:
    if annotation is not None:
        return _vocab(annotation)
    if fallback is None:
        raise SignatureError(f"{what} has neither a type annotation nor a `:type:` docstring line")
    try:
        expr = ast.parse(fallback, mode="eval").body
    except SyntaxError:
        raise SignatureError(f"{what}: docstring type {fallback!r} is not a Python type expression") from None
    return _vocab(expr)


def _returns_none(func: ast.FunctionDef, doc: dict[str, str]) -> bool:
    node = func.returns
    if node is not None:
        return isinstance(node, ast.Constant) and node.value is None or ast.unparse(node) == "None"
    return doc.get("return", "").strip() in ("None", "void")


def positional_params(func: ast.FunctionDef, where: str, of: str = "") -> list[Param]:
    """The typed positional parameters of `func`, `self`/`cls` left out; `where` names the function in
    errors and `of` follows each parameter's name there. Raises SignatureError for *args, **kwargs,
    keyword-only parameters and types outside the vocabulary."""
    doc = _docstring_types(func)
    args = func.args
    if args.vararg or args.kwarg or args.kwonlyargs:
        raise SignatureError(f"{where} takes *args, **kwargs or keyword-only parameters")
    positional = [*args.posonlyargs, *args.args]
    if positional and positional[0].arg in ("self", "cls"):
        positional = positional[1:]
    return [Param(name=a.arg, type=_type_of(a.annotation, doc.get(a.arg), f"parameter `{a.arg}`{of}"))
            for a in positional]


def _method_signature(func: ast.FunctionDef) -> Signature:
    doc = _docstring_types(func)
    params = positional_params(func, f"`{func.name}`")
    if _returns_none(func, doc):
        # In place: the answer is the arguments after the call, which only a list or a node can carry.
        if not any(p.type.startswith("list[") or p.type in ("ListNode", "TreeNode") for p in params):
            raise SignatureError(f"`{func.name}` returns None and takes no list or node to mutate")
        return Signature(name=func.name, params=params, returns=VOID)
    returns = _type_of(func.returns, doc.get("return"), f"the return value of `{func.name}`")
    return Signature(name=func.name, params=params, returns=returns)


def _public_methods(cls: ast.ClassDef) -> list[ast.FunctionDef]:
    return [n for n in cls.body if isinstance(n, ast.FunctionDef) and not n.name.startswith("_")]


def derive_signature(code: str, entry_point: str | None = None) -> Signature:
    """The typed entry point of LeetCode Python starter code.

    Args:
        code: the starter code (`class Solution:` with a typed method; bodies may be empty).
        entry_point: the method to call when the row names it (Mercury's `entry_point`).

    Raises:
        SignatureError: the problem's interface cannot be expressed as one typed call.
    """
    module = _parse(code)
    classes = [n for n in module.body if isinstance(n, ast.ClassDef)]
    solution = next((c for c in classes if c.name == "Solution"), None)
    if solution is None:
        for cls in classes:
            names = [n.name for n in cls.body if isinstance(n, ast.FunctionDef)]
            if names:
                raise SignatureError(f"design problem: class {cls.name} is constructed and then driven through "
                                     f"its methods ({', '.join(names)}); an effx signature is one call")
        functions = [n for n in module.body if isinstance(n, ast.FunctionDef)]
        chosen = [f for f in functions if entry_point in (None, f.name)]
        if len(chosen) != 1:
            raise SignatureError("the starter code defines no `class Solution` and no single entry-point function")
        return _method_signature(chosen[0])
    methods = _public_methods(solution)
    if entry_point:
        named = [m for m in methods if m.name == entry_point]
        if not named:
            have = ", ".join(m.name for m in methods) or "none"
            raise SignatureError(f"entry point `{entry_point}` is not a method of class Solution (methods: {have})")
        return _method_signature(named[0])
    if len(methods) != 1:
        have = ", ".join(m.name for m in methods) or "none"
        raise SignatureError(f"class Solution has {len(methods)} public methods ({have}) and the row names "
                             f"no entry point")
    return _method_signature(methods[0])
