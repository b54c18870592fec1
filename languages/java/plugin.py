"""Java (javac, then the JVM with a serial GC and a heap cap): LeetCode-style `class Solution`.

Function tasks: `Solution.java` holds the candidate, prefixed *on its first line* with the imports
LeetCode's Java environment provides implicitly (`java.util.*`, `java.util.function.*`,
`java.util.stream.*`, `java.math.*`), so line numbers in compiler messages stay the solution's own.
`Main.java` is the driver rendered from `driver.java.j2`; `ListNode.java` and `TreeNode.java` define
LeetCode's node classes unless the solution declares them. The driver finds `Solution.<name>` by
reflection and builds each argument from the method's declared generic type, so `int[]`, `int[][]`,
`List<Integer>`, `List<List<String>>`, `char[][]` (one-character strings), `long`, `double`,
`ListNode` and `TreeNode` all work without the plugin choosing between them. Reflection calls use the
native accessor throughout (`-Dsun.reflect.inflationThreshold` at its maximum) so no accessor class is
generated in the middle of the timed calls. Return values are written by their runtime type; the
vocabulary return type only decides that a null ListNode or TreeNode (also inside lists) is written
as `[]`, as LeetCode does.

Compile: `javac -encoding UTF-8 -d classes`, the JVM limited to C1 and a serial GC to start faster.
Run: `java -XX:+UseSerialGC -Xmx<memory>m -Xss256m -cp classes Main`. The heap cap comes from
`memory_flags(task.memory_limit_mb)`; the JVM reserves gigabytes of address space it never touches, so
RLIMIT_DATA is not applied (`uses_address_space_limit` is False, passed to the sandbox through the
`Program.no_data_limit`); total memory stays bounded by the launcher's resident-memory
watchdog. Stdio tasks: the code is compiled alone and run by its public class's name (or the first
class declaring `main`), `Main` if it has none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from effx.languages.driver_plugins import CompiledPlugin, unreserved
from effx.languages.entry_check import Definition, EntryRules, named_children, node_text
from effx.languages.value_types import TypeRef, parse_type
from effx.models import VOID, Param, Signature, Task

if TYPE_CHECKING:
    from tree_sitter import Node

CLASSES = "classes"
IMPLICIT_IMPORTS = "import java.util.*; import java.util.function.*; import java.util.stream.*; import java.math.*; "
"""Kept on one line in front of the solution's first line, so its line numbers do not move."""
JAVAC_FLAGS = ["-encoding", "UTF-8", "-nowarn", "-proc:none", "-J-XX:+UseSerialGC", "-J-XX:TieredStopAtLevel=1",
               "-d", CLASSES]
JVM_FLAGS = ["-XX:+UseSerialGC", "-Xss256m", "-XX:-UsePerfData", "-Dsun.reflect.inflationThreshold=2147483647"]
# The driver exits `EXIT_COMPILE_ERROR` (`effx.languages.driver_plugins`), with the compile mark, when `Solution` has
# no method of the entry point's name and arity.

_NODE_SOURCES = {
    "ListNode": (
        "public class ListNode {\n    public int val;\n    public ListNode next;\n\n    public ListNode() {}\n\n"
        "    public ListNode(int val) { this.val = val; }\n\n"
        "    public ListNode(int val, ListNode next) { this.val = val; this.next = next; }\n}\n"
    ),
    "TreeNode": (
        "public class TreeNode {\n    public int val;\n    public TreeNode left;\n    public TreeNode right;\n\n"
        "    public TreeNode() {}\n\n    public TreeNode(int val) { this.val = val; }\n\n"
        "    public TreeNode(int val, TreeNode left, TreeNode right) {\n"
        "        this.val = val;\n        this.left = left;\n        this.right = right;\n    }\n}\n"
    ),
}
_COMMENTS_AND_LITERALS = re.compile(r'//[^\n]*|/\*.*?\*/|"""(?:.|\n)*?"""|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'',
                                    re.S)


_STUB_TYPES = {"int": "int", "int64": "long", "float": "double", "bool": "boolean", "str": "String",
               "ListNode": "ListNode", "TreeNode": "TreeNode"}
RESERVED = frozenset(
    "abstract assert boolean break byte case catch char class const continue default do double else enum extends "
    "final finally float for goto if implements import instanceof int interface long native new package private "
    "protected public return short static strictfp super switch synchronized this throw throws transient try void "
    "volatile while true false null var record yield sealed permits _".split())
"""Java 17's keywords and literals (contextual ones too): no parameter of a stub may be called so."""


def stub_type(ref: TypeRef) -> str:
    """The type a stub declares for a vocabulary type: arrays for lists (`int[]`, `int[][]`, `String[]`), as
    LeetCode's Java templates mostly do; the driver converts to whatever the solution declares."""
    return ref.spelled(_STUB_TYPES, "{}[]")


def stub_source(signature: Signature) -> str:
    """`class Solution` with the entry point as a public method whose body throws."""
    params = ", ".join(f"{stub_type(parse_type(p.type))} {unreserved(p.name, RESERVED)}" for p in signature.params)
    return (f"class Solution {{\n    public {stub_type(parse_type(signature.returns))} {signature.name}({params}) {{\n"
            "        throw new UnsupportedOperationException();\n    }\n}\n")


def design_stub(signature: Signature) -> str:
    """LeetCode's Java starter code of a design problem: the class, its constructor and its public methods."""

    def params(items: list[Param]) -> str:
        return ", ".join(f"{stub_type(parse_type(p.type))} {unreserved(p.name, RESERVED)}" for p in items)

    body = " {\n        throw new UnsupportedOperationException();\n    }\n"
    lines = [f"class {signature.name} {{\n\n    public {signature.name}({params(signature.params)})" + body]
    for m in signature.methods or ():
        returns = "void" if m.returns == VOID else stub_type(parse_type(m.returns))
        lines.append(f"\n    public {returns} {m.name}({params(m.params)})" + body)
    return "".join(lines) + "}\n"


def code_only(source: str) -> str:
    """`source` with comments and string/char literals removed, for textual declaration checks."""
    return _COMMENTS_AND_LITERALS.sub(" ", source)


def declares(source: str, name: str) -> bool:
    """Whether the code declares a class, interface or record called `name` (comments aside)."""
    return re.search(rf"\b(?:class|interface|record|enum)\s+{re.escape(name)}\b", code_only(source)) is not None


def main_class(source: str) -> str:
    """The class a stdio program runs as: its public class, else the first class with `main`, else Main."""
    code = code_only(source)
    public = re.search(r"\bpublic\s+(?:final\s+|abstract\s+)*class\s+(\w+)", code)
    if public:
        return public.group(1)
    for match in re.finditer(r"\bclass\s+(\w+)", code):
        if re.search(r"static\s+void\s+main\s*\(", code[match.end():]):
            return match.group(1)
    return "Main"


# --- The definitions the driver could call, for the entry-point check ---------------------------------

def _java_defs(root: Node) -> Iterator[Definition]:
    for node in named_children(root):
        body = node.child_by_field_name("body")
        if node.type != "class_declaration" or node_text(node.child_by_field_name("name")) != "Solution" or not body:
            continue
        for member in named_children(body):
            if member.type != "method_declaration":
                continue
            params = member.child_by_field_name("parameters")
            kids = [k for k in named_children(params)] if params is not None else []
            fixed = [k for k in kids if k.type == "formal_parameter"]
            shown = [node_text(k.child_by_field_name("name")) or node_text(k) for k in fixed]
            spread = [k for k in kids if k.type == "spread_parameter"]
            yield Definition(node_text(member.child_by_field_name("name")),
                             tuple(shown + [node_text(s) for s in spread]),
                             len(fixed), len(fixed), bool(spread))


class JavaPlugin(CompiledPlugin):
    """Java 17 (OpenJDK): javac, then the JVM with a serial GC and `-Xmx` set to the memory limit."""

    entry_rules = EntryRules(grammar="java", kind="method", extract=_java_defs)
    repetitions = "in_process"

    def memory_flags(self, memory_mb: int) -> list[str]:
        """`-Xmx`: the heap is capped at the task's memory limit, so running out is an OutOfMemoryError."""
        return [f"-Xmx{memory_mb}m"]

    def uses_address_space_limit(self) -> bool:
        """False: the JVM reserves far more address space than it uses."""
        return False

    def stdio_files(self, code: str) -> dict[str, str]:
        """The program in a file named after the class it runs as (see `main_class`)."""
        return {f"{main_class(code)}.java": code}

    def function_solution(self, code: str) -> str:
        """The solution behind LeetCode's implicit imports, on its own first line."""
        return IMPLICIT_IMPORTS + code

    def stub_source(self, signature: Signature) -> str:
        """See the module-level `stub_source` (and `design_stub` for a design signature)."""
        return design_stub(signature) if signature.methods is not None else stub_source(signature)

    def render_driver(self, task: Task, signature: Signature, code: str) -> str:
        """The driver source (`Main.java`) for a function task."""
        if signature.methods is not None:
            methods = [{"name": signature.name, "arity": len(signature.params), "returns": VOID}]
            methods += [{"name": m.name, "arity": len(m.params),
                         "returns": VOID if m.returns == VOID else str(parse_type(m.returns))}
                        for m in signature.methods]
            for p in [*signature.params, *(p for m in signature.methods for p in m.params)]:
                parse_type(p.type)
            return self.template("driver.java.j2", entry=signature.name, arity=2, return_type="list",
                                 design={"cls": signature.name, "methods": methods})
        return self.template("driver.java.j2", entry=signature.name, arity=len(signature.params),
                             return_type=str(parse_type(signature.returns)), design=None)

    def support_files(self, task: Task, code: str) -> dict[str, str]:
        """LeetCode's ListNode and TreeNode classes, those the solution does not declare itself."""
        return {f"{node}.java": source for node, source in _NODE_SOURCES.items() if not declares(code, node)}

    def compile_argv(self, task: Task, files: dict[str, str], toolchain_version: str) -> list[str]:
        """javac over every file, into the classes folder."""
        return [self.binary, *JAVAC_FLAGS, *sorted(files)]

    def artifacts(self, task: Task) -> list[str]:
        """The classes folder."""
        return [CLASSES]

    def run_argv(self, task: Task, files: dict[str, str]) -> list[str]:
        """The JVM with the heap cap, running `Main` (the driver) or the stdio program's class."""
        main = "Main" if task.mode == "function" else next(iter(files)).removesuffix(".java")
        return ["java", *JVM_FLAGS, *self.memory_flags(task.memory_limit_mb), "-cp", CLASSES, main]
