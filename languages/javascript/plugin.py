"""JavaScript on Node.js: LeetCode-style functions (`var twoSum = function(nums, target) {...}`).

Function tasks: `solution.js` holds the candidate unchanged and `main.js` is the driver rendered from
`driver.js.j2`. The driver evaluates the solution inside a function wrapper (with LeetCode's
`ListNode(val, next)` and `TreeNode(val, left, right)` constructors and `require` in scope) and calls the
function named as the signature, or the method of that name on `new Solution()` when the code defines a
`class Solution` instead. There is no compile step: a solution that fails to load (SyntaxError, an
error in top-level code, no entry point) makes the driver print `effx: compile error` on stderr and exit
with `EXIT_COMPILE_ERROR`, which the runner reports as `compile_error`. JS numbers are doubles, so
int64 values are exact only up to 2**53, as on LeetCode.

Run: `node --max-old-space-size=<memory> --expose-gc main.js`. The heap cap comes from
`memory_flags(task.memory_limit_mb)`; V8 reserves large address ranges, so RLIMIT_DATA is not applied
(`uses_address_space_limit` is False, so the program sets `Program.no_data_limit`).
`--expose-gc` lets the driver collect once after parsing the cases, before the first timed call.
The solution runs on a worker thread with a 256 MB stack (see the driver). Stdio tasks run
`solution.js` directly.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING

from effx.languages.driver_plugins import DESIGN_CASE, InterpretedPlugin, design_description, unreserved
from effx.languages.entry_check import Definition, EntryRules, named_children, node_text
from effx.languages.value_types import TypeRef, parse_type
from effx.models import VOID, Param, Signature, Task

if TYPE_CHECKING:
    from tree_sitter import Node


_DOC_TYPES = {"int": "number", "int64": "number", "float": "number", "bool": "boolean", "str": "string",
              "ListNode": "ListNode", "TreeNode": "TreeNode"}
RESERVED = frozenset(
    "await break case catch class const continue debugger default delete do else enum export extends false "
    "finally for function if implements import in instanceof interface let new null package private protected "
    "public return static super switch this throw true try typeof var void while with yield arguments eval".split())
"""JavaScript's reserved words, those of strict mode included: no parameter of a stub may be called so."""


def doc_type(ref: TypeRef) -> str:
    """The JSDoc type LeetCode's JavaScript templates annotate a vocabulary type with (`list[int]` -> `number[]`)."""
    return ref.spelled(_DOC_TYPES, "{}[]")


def stub_source(signature: Signature) -> str:
    """`var <name> = function(...) {...};` under LeetCode's JSDoc comment; the body throws."""
    names = [unreserved(p.name, RESERVED) for p in signature.params]
    doc = [f" * @param {{{doc_type(parse_type(p.type))}}} {name}"
           for p, name in zip(signature.params, names, strict=True)]
    doc.append(f" * @return {{{doc_type(parse_type(signature.returns))}}}")
    return ("/**\n" + "\n".join(doc) + "\n */\n"
            f"var {signature.name} = function({', '.join(names)}) {{\n"
            "    throw new Error(\"not implemented\");\n};\n")


def design_stub(signature: Signature) -> str:
    """LeetCode's JavaScript starter code of a design problem: a constructor function and prototype methods."""

    def jsdoc(params: list[Param], returns: str | None) -> str:
        doc = [f" * @param {{{doc_type(parse_type(p.type))}}} {unreserved(p.name, RESERVED)}" for p in params]
        if returns is not None:
            doc.append(f" * @return {{{'void' if returns == VOID else doc_type(parse_type(returns))}}}")
        return "/**\n" + "\n".join(doc or [" * (no parameters)"]) + "\n */\n"

    def names(params: list[Param]) -> str:
        return ", ".join(unreserved(p.name, RESERVED) for p in params)

    body = " {\n    throw new Error(\"not implemented\");\n};\n"
    out = [jsdoc(signature.params, None), f"var {signature.name} = function({names(signature.params)})" + body]
    for m in signature.methods or ():
        out += ["\n", jsdoc(m.params, m.returns),
                f"{signature.name}.prototype.{m.name} = function({names(m.params)})" + body]
    return "".join(out)


# --- The definitions the driver could call, for the entry-point check ---------------------------------

_JS_FUNCTIONS = ("function_expression", "function", "arrow_function", "generator_function")


def _js_function(name: str, node: Node) -> Definition:
    params = node.child_by_field_name("parameters")
    kids = list(named_children(params)) if params is not None else [node.child_by_field_name("parameter")]
    shown: list[str] = []
    positional = required = 0
    variadic = False
    for kid in kids:
        if kid is None or kid.type == "comment":
            continue
        shown.append(node_text(kid))
        if kid.type == "rest_pattern":
            variadic = True
        else:
            positional += 1
            required += kid.type != "assignment_pattern"
    return Definition(name, tuple(shown), positional, required, variadic)


def _js_defs(root: Node) -> Iterator[Definition]:
    for node in named_children(root):
        if node.type in ("function_declaration", "generator_function_declaration"):
            yield _js_function(node_text(node.child_by_field_name("name")), node)
        elif node.type in ("variable_declaration", "lexical_declaration"):
            for declarator in named_children(node):
                value = declarator.child_by_field_name("value")
                if value is not None and value.type in _JS_FUNCTIONS:
                    yield _js_function(node_text(declarator.child_by_field_name("name")), value)
        elif node.type == "expression_statement":
            expression = next(named_children(node), None)
            value = expression.child_by_field_name("right") if expression is not None else None
            if expression is not None and expression.type == "assignment_expression" and value is not None \
                    and value.type in _JS_FUNCTIONS:
                yield _js_function(node_text(expression.child_by_field_name("left")), value)
        elif node.type == "class_declaration" and node_text(node.child_by_field_name("name")) == "Solution":
            body = node.child_by_field_name("body")
            for member in named_children(body) if body is not None else []:
                if member.type == "method_definition":
                    yield _js_function(node_text(member.child_by_field_name("name")), member)


class JavaScriptPlugin(InterpretedPlugin):
    """Node.js with LeetCode's JavaScript conventions."""

    entry_rules = EntryRules(grammar="javascript", kind="function", extract=_js_defs)
    repetitions = "in_process"
    run_flags = ("--expose-gc",)

    def memory_flags(self, memory_mb: int) -> list[str]:
        """`--max-old-space-size`: V8's old generation is capped at the task's memory limit."""
        return [f"--max-old-space-size={memory_mb}"]

    def uses_address_space_limit(self) -> bool:
        """False: V8 reserves far more address space than it uses."""
        return False

    def stub_source(self, signature: Signature) -> str:
        """See the module-level `stub_source` (and `design_stub` for a design signature)."""
        return design_stub(signature) if signature.methods is not None else stub_source(signature)

    def render_driver(self, task: Task, signature: Signature, code: str) -> str:
        """The driver source for a function task; type strings are normalised through the vocabulary."""
        if not signature.name.isidentifier():
            raise ValueError(f"task {task.id!r}: entry point {signature.name!r} is not a valid JavaScript identifier")
        design = design_description(signature)
        return self.template(
            "driver.js.j2",
            solution_file=json.dumps(self.solution_file),
            entry=json.dumps(signature.name),
            param_types=json.dumps(list(DESIGN_CASE) if design
                                   else [str(parse_type(p.type)) for p in signature.params]),
            return_type=json.dumps("list" if design else str(parse_type(signature.returns))),
            design=json.dumps(design),
        )
