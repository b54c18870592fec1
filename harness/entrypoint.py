"""Does a solution define the entry point the task calls? A fast syntactic check before compiling.

A misnamed method (`twoSums`) or a wrong parameter count otherwise surfaces as a compiler error about
the generated driver, or as a runtime error deep in it, which tells the author of the solution little.
This check parses the solution with tree-sitter, lists the functions the driver could call (by the
same rules as each language's driver: a method of `class Solution`, a free function, ...) and, when
none has the expected name and arity, says so in one line that names what was found instead.

The check may only ever *reject clearly*: when a grammar cannot be loaded, the language has no
extractor here, or the source does not parse cleanly and nothing matched (so the compiler's own
message will be more precise), it returns None and the run goes on as before.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from effx.models import Task

if TYPE_CHECKING:
    from tree_sitter import Node, Parser

log = logging.getLogger(__name__)

__all__ = ["Definition", "check_entry_point", "find_definitions"]


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


def _text(node: Node | None) -> str:
    return node.text.decode("utf-8", "replace") if node is not None and node.text is not None else ""


def _named(node: Node) -> Iterator[Node]:
    return (child for child in node.children if child.is_named)


def _plain(name: str, params: list[str]) -> Definition:
    """A definition whose parameters are all required and positional."""
    return Definition(name, tuple(params), len(params), len(params))


# --- Python -------------------------------------------------------------------------------------------

_PY_OPTIONAL = ("default_parameter", "typed_default_parameter")


def _py_function(node: Node, *, method: bool) -> Definition:
    params = node.child_by_field_name("parameters")
    kids = list(_named(params)) if params is not None else []
    if method and kids and kids[0].type in ("identifier", "typed_parameter"):
        kids = kids[1:]  # self (or cls); a @staticmethod keeps its first parameter, see _py_defs
    shown: list[str] = []
    positional = required = 0
    variadic = keyword_only = False
    for kid in kids:
        text = _text(kid).split(":")[0].split("=")[0].strip()
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
    return Definition(_text(node.child_by_field_name("name")), tuple(shown), positional, required, variadic)


def _py_defs(root: Node) -> Iterator[Definition]:
    def functions(block: Node, *, method: bool) -> Iterator[Definition]:
        for node in _named(block):
            target, static = node, False
            if node.type == "decorated_definition":
                target = node.child_by_field_name("definition") or node
                static = any(_text(d).strip() == "@staticmethod" for d in _named(node) if d.type == "decorator")
            if target.type == "function_definition":
                yield _py_function(target, method=method and not static)
            elif target.type == "class_definition" and _text(target.child_by_field_name("name")) == "Solution":
                body = target.child_by_field_name("body")
                if body is not None and not method:
                    yield from functions(body, method=True)

    yield from functions(root, method=False)


# --- C and C++ ----------------------------------------------------------------------------------------

_C_TRANSPARENT = ("preproc_if", "preproc_ifdef", "preproc_else", "preproc_elif", "linkage_specification",
                  "declaration_list", "template_declaration")


def _c_declarator_name(node: Node | None) -> str:
    """The identifier inside a (pointer, reference, array, qualified ...) declarator chain."""
    while node is not None:
        if node.type in ("identifier", "field_identifier", "destructor_name", "operator_name"):
            return _text(node)
        inner = node.child_by_field_name("declarator") or node.child_by_field_name("name")
        if inner is None:
            inner = next((k for k in _named(node) if k.type.endswith(("declarator", "identifier"))), None)
        node = inner
    return ""


def _c_function_declarator(node: Node | None) -> Node | None:
    while node is not None and node.type != "function_declarator":
        node = node.child_by_field_name("declarator")
    return node


def _c_function(node: Node) -> Definition | None:
    declarator = _c_function_declarator(node.child_by_field_name("declarator"))
    if declarator is None:
        return None
    name = _c_declarator_name(declarator.child_by_field_name("declarator"))
    params = declarator.child_by_field_name("parameters")
    shown: list[str] = []
    required = positional = 0
    variadic = False
    for kid in params.children if params is not None else []:
        if kid.type == "..." or kid.type == "variadic_parameter_declaration":
            variadic = True
            shown.append(_text(kid))
        elif kid.type in ("parameter_declaration", "optional_parameter_declaration"):
            declarator_node = kid.child_by_field_name("declarator")
            if declarator_node is None and _text(kid.child_by_field_name("type")) == "void":
                continue  # f(void): no parameters
            shown.append(_c_declarator_name(declarator_node) or _text(kid.child_by_field_name("type")))
            positional += 1
            required += kid.type == "parameter_declaration"
    return Definition(name, tuple(shown), positional, required, variadic)


def _c_scope(node: Node) -> str:
    """`Solution` for an out-of-class definition `int Solution::f(...)`, else empty."""
    declarator = _c_function_declarator(node.child_by_field_name("declarator"))
    inner = declarator.child_by_field_name("declarator") if declarator is not None else None
    if inner is not None and inner.type == "qualified_identifier":
        return _text(inner.child_by_field_name("scope"))
    return ""


def _c_top_level(root: Node) -> Iterator[Node]:
    for node in _named(root):
        if node.type in _C_TRANSPARENT:
            yield from _c_top_level(node.child_by_field_name("body") or node)
        else:
            yield node


def _c_defs(root: Node) -> Iterator[Definition]:
    for node in _c_top_level(root):
        if node.type == "function_definition":
            found = _c_function(node)
            if found is not None:
                yield found


def _cpp_defs(root: Node) -> Iterator[Definition]:
    for node in _c_top_level(root):
        if node.type == "function_definition" and _c_scope(node) in ("", "Solution"):
            found = _c_function(node)
            if found is not None:
                yield found
        elif node.type in ("class_specifier", "struct_specifier"):
            body = node.child_by_field_name("body")
            if _text(node.child_by_field_name("name")) != "Solution" or body is None:
                continue
            for member in _c_top_level(body):
                if member.type in ("function_definition", "field_declaration", "declaration"):
                    found = _c_function(member)
                    if found is not None:
                        yield found


# --- Java, Go, Rust, Ruby -----------------------------------------------------------------------------

def _java_defs(root: Node) -> Iterator[Definition]:
    for node in _named(root):
        body = node.child_by_field_name("body")
        if node.type != "class_declaration" or _text(node.child_by_field_name("name")) != "Solution" or not body:
            continue
        for member in _named(body):
            if member.type != "method_declaration":
                continue
            params = member.child_by_field_name("parameters")
            kids = [k for k in _named(params)] if params is not None else []
            fixed = [k for k in kids if k.type == "formal_parameter"]
            shown = [_text(k.child_by_field_name("name")) or _text(k) for k in fixed]
            spread = [k for k in kids if k.type == "spread_parameter"]
            yield Definition(_text(member.child_by_field_name("name")), tuple(shown + [_text(s) for s in spread]),
                             len(fixed), len(fixed), bool(spread))


def _go_defs(root: Node) -> Iterator[Definition]:
    for node in _named(root):
        if node.type != "function_declaration":
            continue
        params = node.child_by_field_name("parameters")
        shown: list[str] = []
        variadic = False
        for kid in _named(params) if params is not None else []:
            names = [_text(c) for c in kid.children_by_field_name("name")] or [_text(kid.child_by_field_name("type"))]
            if kid.type == "variadic_parameter_declaration":
                variadic = True
                shown += [f"{n}..." for n in names]
            elif kid.type == "parameter_declaration":
                shown += names
        count = len(shown) - variadic
        yield Definition(_text(node.child_by_field_name("name")), tuple(shown), count, count, variadic)


def _rust_defs(root: Node) -> Iterator[Definition]:
    for node in _named(root):
        body = node.child_by_field_name("body")
        if node.type != "impl_item" or _text(node.child_by_field_name("type")) != "Solution" or body is None:
            continue
        for member in _named(body):
            if member.type == "function_item":
                params = member.child_by_field_name("parameters")
                # A `self` receiver is kept: the driver calls `Solution::name(args)`, where it would be one
                # argument too many.
                shown = [_text(k.child_by_field_name("pattern")) or _text(k)
                         for k in (_named(params) if params is not None else []) if k.type != "attribute_item"]
                yield _plain(_text(member.child_by_field_name("name")), shown)


def _ruby_method(node: Node) -> Definition:
    params = node.child_by_field_name("parameters")
    shown: list[str] = []
    positional = required = 0
    variadic = False
    for kid in _named(params) if params is not None else []:
        shown.append(_text(kid))
        if kid.type == "identifier":
            positional += 1
            required += 1
        elif kid.type == "optional_parameter":
            positional += 1
        elif kid.type == "splat_parameter":
            variadic = True
    return Definition(_text(node.child_by_field_name("name")), tuple(shown), positional, required, variadic)


def _ruby_defs(root: Node) -> Iterator[Definition]:
    for node in _named(root):
        if node.type == "method":
            yield _ruby_method(node)
        elif node.type == "class" and _text(node.child_by_field_name("name")) == "Solution":
            body = node.child_by_field_name("body")
            yield from (_ruby_method(m) for m in (_named(body) if body is not None else []) if m.type == "method")


# --- JavaScript ---------------------------------------------------------------------------------------

_JS_FUNCTIONS = ("function_expression", "function", "arrow_function", "generator_function")


def _js_function(name: str, node: Node) -> Definition:
    params = node.child_by_field_name("parameters")
    kids = list(_named(params)) if params is not None else [node.child_by_field_name("parameter")]
    shown: list[str] = []
    positional = required = 0
    variadic = False
    for kid in kids:
        if kid is None or kid.type == "comment":
            continue
        shown.append(_text(kid))
        if kid.type == "rest_pattern":
            variadic = True
        else:
            positional += 1
            required += kid.type != "assignment_pattern"
    return Definition(name, tuple(shown), positional, required, variadic)


def _js_defs(root: Node) -> Iterator[Definition]:
    for node in _named(root):
        if node.type in ("function_declaration", "generator_function_declaration"):
            yield _js_function(_text(node.child_by_field_name("name")), node)
        elif node.type in ("variable_declaration", "lexical_declaration"):
            for declarator in _named(node):
                value = declarator.child_by_field_name("value")
                if value is not None and value.type in _JS_FUNCTIONS:
                    yield _js_function(_text(declarator.child_by_field_name("name")), value)
        elif node.type == "expression_statement":
            expression = next(_named(node), None)
            value = expression.child_by_field_name("right") if expression is not None else None
            if expression is not None and expression.type == "assignment_expression" and value is not None \
                    and value.type in _JS_FUNCTIONS:
                yield _js_function(_text(expression.child_by_field_name("left")), value)
        elif node.type == "class_declaration" and _text(node.child_by_field_name("name")) == "Solution":
            body = node.child_by_field_name("body")
            for member in _named(body) if body is not None else []:
                if member.type == "method_definition":
                    yield _js_function(_text(member.child_by_field_name("name")), member)


# --- The check ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Rules:
    grammar: str
    """tree-sitter-language-pack grammar name."""
    kind: str
    """What the entry point is called in messages."""
    extract: Callable[[Node], Iterator[Definition]]


_RULES: dict[str, _Rules] = {
    "python": _Rules("python", "method or function", _py_defs),
    "cpp": _Rules("cpp", "method", _cpp_defs),
    "c": _Rules("c", "function", _c_defs),
    "java": _Rules("java", "method", _java_defs),
    "javascript": _Rules("javascript", "function", _js_defs),
    "go": _Rules("go", "function", _go_defs),
    "rust": _Rules("rust", "method", _rust_defs),
    "ruby": _Rules("ruby", "method", _ruby_defs),
}


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
    rules = _RULES.get(language)
    loaded = _parser(rules.grammar) if rules else None
    if rules is None or loaded is None:
        return None
    parser, lock = loaded
    with lock:  # a tree-sitter parser is not safe to share between threads
        tree = parser.parse(code.encode("utf-8"))
    return [d for d in rules.extract(tree.root_node) if d.name], not tree.root_node.has_error


def _expected(task: Task, language: str) -> tuple[list[str], list[str]] | None:
    """(accepted names, parameter names in call order) of the entry point in `language`."""
    assert task.signature is not None
    name, params = task.signature.name, [p.name for p in task.signature.params]
    if language in ("rust", "ruby"):
        from effx.languages.rust.plugin import snake_case

        snake = snake_case(name)
        return ([snake] if language == "rust" or snake == name else [snake, name]), params
    if language == "c":
        from effx.languages.c.plugin import c_param, c_return

        try:  # the C plugin's convention: arrays bring their sizes, list returns their out-parameters
            counts = [len(c_param(i, p.type).args.split(",")) for i, p in enumerate(task.signature.params)]
            extra = c_return(task.signature.returns).extra_args.count(",")
        except ValueError:
            return None  # the plugin refuses this signature with its own message
        params = [n for p, k in zip(params, counts, strict=True) for n in [p, f"{p}Size", f"{p}ColSize"][:k]]
        return [name], params + ["returnSize", "returnColumnSizes"][:extra]
    return [name], params


def _count(n: int) -> str:
    return f"{n} parameter{'s' if n != 1 else ''}"


def check_entry_point(task: Task, code: str, language: str) -> str | None:
    """A one-line message when `code` lacks the entry point `task` calls in `language`, else None.

    None also when the check cannot judge: stdio tasks, languages without rules here, a grammar that
    does not load, or source that does not parse cleanly and has no matching definition.
    """
    if task.mode != "function" or task.signature is None:
        return None
    expected = _expected(task, language)
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
    kind = _RULES[language].kind
    if named:
        shown = "; ".join(str(d) for d in named[:3])
        return (f"{kind} {names[0]} in the {language} solution takes the wrong number of parameters: "
                f"found {shown}, expected {_count(arity)}: {call}")
    also = f" (or {', '.join(names[1:])})" if len(names) > 1 else ""
    others = ", ".join(str(d) for d in definitions[:6]) + (", ..." if len(definitions) > 6 else "")
    return f"no {kind} {call}{also} found in the {language} solution (found: {others or 'none'})"
