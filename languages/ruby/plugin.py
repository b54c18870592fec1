"""Ruby: LeetCode-style top-level methods (`def two_sum(nums, target)`) run by a generated driver.

Function tasks: `solution.rb` holds the candidate unchanged and `main.rb` is the driver rendered from
`driver.rb.j2`. LeetCode's Ruby templates spell the signature's camelCase name in snake_case
(`twoSum` -> `two_sum`, see `effx.languages.rust.plugin.snake_case`); the driver calls the first of the
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
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from effx.languages.entry_check import Definition, EntryRules, named_children, node_text
from effx.languages.interface import LanguagePlugin, Toolchain, driver_template
from effx.languages.rust.plugin import snake_case
from effx.languages.value_types import parse_type
from effx.models import Program, Signature, Task

if TYPE_CHECKING:
    from tree_sitter import Node

_HERE = Path(__file__).parent
SOLUTION_FILE = "solution.rb"
DRIVER_FILE = "main.rb"
SYSTEM_RUBY = "/usr/bin/ruby"
STACK_BYTES = str(256 * 1024 * 1024)
# The big thread stacks are reserved, not touched: RLIMIT_DATA would count them and kill a small-limit
# run at start, so only the launcher's resident-memory watchdog bounds Ruby's memory (as for Java and Go).
RUBY_ENV = {"RUBY_THREAD_VM_STACK_SIZE": STACK_BYTES, "RUBY_THREAD_MACHINE_STACK_SIZE": STACK_BYTES}
EXIT_RUNTIME_ERROR = 1
"""Driver exit code: the solution raised, or returned a value that does not convert to the return type."""
EXIT_DRIVER_ERROR = 2
"""Driver exit code: `cases.json` is missing or does not match the signature (not the solution's fault)."""
EXIT_COMPILE_ERROR = 3
"""Driver exit code: the solution failed to load (SyntaxError, top-level error, no entry method)."""


def find_ruby() -> str:
    """The interpreter: the system one if present (readable by the sandbox user), else PATH's."""
    if Path(SYSTEM_RUBY).exists():
        return SYSTEM_RUBY
    return shutil.which("ruby") or "ruby"


def entry_names(name: str) -> list[str]:
    """Method names the driver looks for, in order: LeetCode's snake_case spelling, then the original."""
    snake = snake_case(name)
    return [snake] if snake == name else [snake, name]


def render_driver(task: Task) -> str:
    """The driver source for a function task; type strings are normalised through the vocabulary."""
    if task.signature is None:
        raise ValueError(f"task {task.id!r} is a function task without a signature; add one to its task.json")
    sig = task.signature
    return driver_template(_HERE / "driver.rb.j2").render(
        solution_file=json.dumps(SOLUTION_FILE),
        entry_names=json.dumps(entry_names(sig.name)),
        param_types=json.dumps([str(parse_type(p.type)) for p in sig.params]),
        return_type=json.dumps(str(parse_type(sig.returns))),
    )


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


class RubyPlugin(LanguagePlugin):
    """CRuby (MRI) with LeetCode's Ruby conventions."""

    name = "ruby"
    display_name = "Ruby"
    extension = "rb"
    solution_shape = (
        "a top-level method named in snake_case (`def two_sum(nums, target)`), as on LeetCode; ListNode and "
        "TreeNode predefined. Stdio tasks: a script reading stdin"
    )
    entry_rules = EntryRules(grammar="ruby", kind="method", extract=_ruby_defs)

    def entry_call(self, signature: Signature) -> tuple[list[str], list[str]] | None:
        snake = snake_case(signature.name)
        return ([snake] if snake == signature.name else [snake, signature.name]), [p.name for p in signature.params]

    def __init__(self) -> None:
        self.ruby = find_ruby()
        self.toolchain = Toolchain(version_argv=[self.ruby, "--version"], install_hint="apt-get install ruby")

    def render(self, task: Task, code: str, toolchain_version: str = "") -> Program:
        """Files and argv for `code`: the script itself for stdio tasks, the driver for function tasks."""
        files = {SOLUTION_FILE: code}
        argv = [self.ruby, SOLUTION_FILE]
        if task.mode == "function":
            files[DRIVER_FILE] = render_driver(task)
            argv = [self.ruby, "--disable-gems", DRIVER_FILE]
        return Program(
            language=self.name,
            files=files,
            compile_argv=None,
            run_argv=argv,
            env=dict(RUBY_ENV),
            no_data_limit=True,
            toolchain=toolchain_version,
        )
