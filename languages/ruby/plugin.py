"""Ruby: LeetCode-style top-level methods (`def two_sum(nums, target)`) run by a generated driver.

Function tasks: `solution.rb` holds the candidate unchanged and `main.rb` is the driver rendered from
`driver.rb.j2`. LeetCode's Ruby templates spell the signature's camelCase name in snake_case
(`twoSum` -> `two_sum`, see `effx.languages.driver_plugins.snake_case`); the driver calls the first of the
snake_case and the original name that the solution defines, as a top-level method or as a method of
`class Solution`. `ListNode(val, _next)` and `TreeNode(val, left, right)` are predefined as on LeetCode.
There is no compile step: a solution that fails to load (SyntaxError, an error in top-level code, no
such method) makes the driver print `effx: compile error` on stderr and exit with
`EXIT_COMPILE_ERROR`, which the runner reports as `compile_error`.

Run: `ruby --disable-gems main.rb` (the driver and LeetCode solutions need only the standard library;
skipping RubyGems saves start-up time) with the solution thread's VM and machine stacks set to 256 MB
through the environment. Stdio tasks run `solution.rb` directly, with gems enabled.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING

from effx.languages.driver_plugins import (
    DESIGN_CASE,
    InterpretedPlugin,
    design_description,
    snake_case,
    unreserved,
)
from effx.languages.entry_check import Definition, EntryRules, named_children, node_text
from effx.languages.value_types import TypeRef, parse_type
from effx.models import VOID, Param, Signature, Task

if TYPE_CHECKING:
    from tree_sitter import Node

STACK_BYTES = str(256 * 1024 * 1024)


def entry_names(name: str) -> list[str]:
    """Method names the driver looks for, in order: LeetCode's snake_case spelling, then the original."""
    snake = snake_case(name)
    return [snake] if snake == name else [snake, name]


_DOC_TYPES = {"int": "Integer", "int64": "Integer", "float": "Float", "bool": "Boolean", "str": "String",
              "ListNode": "ListNode", "TreeNode": "TreeNode"}
RESERVED = frozenset(
    "BEGIN END alias and begin break case class def defined? do else elsif end ensure false for if in module next "
    "nil not or redo rescue retry return self super then true undef unless until when while yield __FILE__ "
    "__LINE__ __ENCODING__".split())
"""Ruby's keywords: no parameter of a stub may be called so."""


def doc_type(ref: TypeRef) -> str:
    """The YARD type LeetCode's Ruby templates annotate a vocabulary type with (`list[int]` -> `Integer[]`)."""
    return ref.spelled(_DOC_TYPES, "{}[]")


def stub_source(signature: Signature) -> str:
    """A top-level method in snake_case under LeetCode's `# @param` comments; the body raises."""
    names = [unreserved(snake_case(p.name), RESERVED) for p in signature.params]
    doc = [f"# @param {{{doc_type(parse_type(p.type))}}} {name}"
           for p, name in zip(signature.params, names, strict=True)]
    doc.append(f"# @return {{{doc_type(parse_type(signature.returns))}}}")
    return ("\n".join(doc) + f"\ndef {snake_case(signature.name)}({', '.join(names)})\n"
            "  raise NotImplementedError\nend\n")


def design_stub(signature: Signature) -> str:
    """LeetCode's Ruby starter code of a design problem: the class, `initialize` and its methods in snake_case."""

    def method(name: str, params: list[Param], returns: str | None) -> str:
        names = [unreserved(snake_case(p.name), RESERVED) for p in params]
        doc = [f"    :type {n}: {doc_type(parse_type(p.type))}" for p, n in zip(params, names, strict=True)]
        if returns is not None and returns != VOID:
            doc.append(f"    :rtype: {doc_type(parse_type(returns))}")
        head = "=begin\n" + "\n".join(doc) + "\n=end\n" if doc else ""
        return f"{head}    def {name}({', '.join(names)})\n        raise NotImplementedError\n    end\n"

    parts = [method("initialize", signature.params, None)]
    parts += [method(snake_case(m.name), m.params, m.returns) for m in signature.methods or ()]
    return f"class {signature.name}\n\n" + "\n".join(parts) + "\nend\n"


# --- The definitions the driver could call, for the entry-point check ---------------------------------

def _ruby_method(node: Node) -> Definition:
    params = node.child_by_field_name("parameters")
    shown: list[str] = []
    positional = required = 0
    variadic = False
    for kid in named_children(params) if params is not None else []:
        shown.append(node_text(kid))
        if kid.type == "identifier":
            positional += 1
            required += 1
        elif kid.type == "optional_parameter":
            positional += 1
        elif kid.type == "splat_parameter":
            variadic = True
    return Definition(node_text(node.child_by_field_name("name")), tuple(shown), positional, required, variadic)


def _ruby_defs(root: Node) -> Iterator[Definition]:
    for node in named_children(root):
        if node.type == "method":
            yield _ruby_method(node)
        elif node.type == "class" and node_text(node.child_by_field_name("name")) == "Solution":
            body = node.child_by_field_name("body")
            members = named_children(body) if body is not None else iter(())
            yield from (_ruby_method(m) for m in members if m.type == "method")


class RubyPlugin(InterpretedPlugin):
    """CRuby (MRI) with LeetCode's Ruby conventions."""

    entry_rules = EntryRules(grammar="ruby", kind="method", extract=_ruby_defs)
    repetitions = "fork"
    env = {"RUBY_THREAD_VM_STACK_SIZE": STACK_BYTES, "RUBY_THREAD_MACHINE_STACK_SIZE": STACK_BYTES}

    def entry_call(self, signature: Signature) -> tuple[list[str], list[str]] | None:
        """The snake_case spelling first, then the signature's own name (see `entry_names`); a design class as named."""
        if signature.methods is not None:
            return [signature.name], [p.name for p in signature.params]
        return entry_names(signature.name), [p.name for p in signature.params]

    def uses_address_space_limit(self) -> bool:
        """False: the solution thread's big stacks are reserved, not touched, yet RLIMIT_DATA would count them
        and kill a small-limit run at start; only the launcher's resident-memory watchdog bounds Ruby's memory
        (as for Java and Go)."""
        return False

    def run_argv(self, task: Task) -> list[str]:
        """The driver runs without RubyGems (start-up time); a stdio script keeps them."""
        flags = ["--disable-gems"] if task.mode == "function" else []
        return [self.binary, *flags, self.entry_file(task)]

    def stub_source(self, signature: Signature) -> str:
        """See the module-level `stub_source` (and `design_stub` for a design signature)."""
        return design_stub(signature) if signature.methods is not None else stub_source(signature)

    def render_driver(self, task: Task, signature: Signature, code: str) -> str:
        """The driver source for a function task; type strings are normalised through the vocabulary."""
        design = design_description(signature)
        if design is not None:  # Ruby also takes the names each method may be defined under
            design["methods"] = {name: [*kinds, entry_names(name)] for name, kinds in design["methods"].items()}
        return self.template(
            "driver.rb.j2",
            solution_file=json.dumps(self.solution_file),
            entry_names=json.dumps(entry_names(signature.name)),
            param_types=json.dumps(list(DESIGN_CASE) if design
                                   else [str(parse_type(p.type)) for p in signature.params]),
            return_type=json.dumps("list" if design else str(parse_type(signature.returns))),
            design=json.dumps(json.dumps(design)),
        )
