"""Go: LeetCode-style functions built with `go build` together with a generated driver.

Function tasks: `solution.go` holds the candidate, `main.go` (rendered from `driver.go.j2`) calls the
function named exactly as the signature (`func twoSum(nums []int, target int) []int`), and `types.go`
defines LeetCode's `ListNode` and `TreeNode` (`Val`, `Next`, `Left`, `Right`) unless the solution
declares them. LeetCode's Go editor shows neither the package clause nor imports, so a solution with no
`package` clause gets `package main` and imports of the standard packages it does not import itself
(see `STD_IMPORTS`), followed by a `//line solution.go:1` directive so compiler messages keep the
solution's own line numbers. A solution that starts with `package main` is used unchanged.

The driver converts through `reflect` using the solution's declared parameter types, so `int`,
`int64`, `float64`, `bool`, `string`, `byte`/`rune` (one-character strings, for `[][]byte` boards),
slices nested to any depth, `*ListNode` and `*TreeNode` all work without the plugin choosing between
them. Only the `reflect.Value.Call` sits between the two clock readings (`time.Now` carries Go's
monotonic clock); its fixed overhead is well under a microsecond. NaN and Infinity are not accepted in
`cases.json` (encoding/json refuses them).

Design tasks (a class driven through its methods) follow LeetCode's Go templates: `type LRUCache struct`,
`func Constructor(capacity int) LRUCache` and methods with the first letter uppercased on `*LRUCache`
(`func (this *LRUCache) Get(key int) int`). Their parameters and results must have the Go types of the
vocabulary that the stub shows (`int`, `int64`, `float64`, `bool`, `string`, slices, `*ListNode`,
`*TreeNode`): the driver calls them directly, without reflection, so no reflective call sits in the timed
sequence of operations.

Build: `go build -o main` with GOCACHE and GOPATH under /tmp (the sandbox's private tmpfs, so the
program sees a writable, empty cache), `GO111MODULE=off` (a single `package main`, no module or
network needed) and `CGO_ENABLED=0` (static binary, no C compiler involved). The Go runtime reserves
address space it never touches, so RLIMIT_DATA is not applied (`Program.no_data_limit`); memory stays
bounded by the launcher's resident-memory watchdog. Stdio tasks: the solution is built alone.
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

SOLUTION_FILE = "solution.go"
DRIVER_FILE = "main.go"
TYPES_FILE = "types.go"
GO_ENV = {
    "GOCACHE": "/tmp/go-cache",
    "GOPATH": "/tmp/go-path",
    "GO111MODULE": "off",
    "CGO_ENABLED": "0",
    "GOTOOLCHAIN": "local",
    "GOFLAGS": "",
}
STD_IMPORTS = {
    # package path -> an exported name that anchors the import so Go does not reject it as unused
    "bytes": "bytes.Compare",
    "container/heap": "heap.Init",
    "fmt": "fmt.Sprint",
    "math": "math.Abs",
    "math/bits": "bits.OnesCount",
    "sort": "sort.Ints",
    "strconv": "strconv.Itoa",
    "strings": "strings.Split",
    "unicode": "unicode.IsDigit",
}
# Exit codes are the drivers' (`effx.languages.driver_plugins`); 2 is also the Go runtime's own code for fatal errors.

_COMMENTS_AND_LITERALS = re.compile(r'//[^\n]*|/\*.*?\*/|`[^`]*`|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', re.S)
_IMPORT_BLOCK = re.compile(r"\bimport\s*(\((?:[^)]*)\)|\w*\s*\"[^\"]+\")", re.S)


_STUB_TYPES = {"int": "int", "int64": "int64", "float": "float64", "bool": "bool", "str": "string",
               "ListNode": "*ListNode", "TreeNode": "*TreeNode"}
RESERVED = frozenset(
    "break case chan const continue default defer else fallthrough for func go goto if import interface map "
    "package range return select struct switch type var".split()
    + [name.lstrip("*") for name in _STUB_TYPES.values()])
"""Go's keywords, and the type names a stub spells: a parameter called `string` would hide the type from the
parameters after it."""


def stub_type(ref: TypeRef) -> str:
    """The Go type a stub declares for a vocabulary type (`list[list[int]]` -> `[][]int`), as LeetCode spells it."""
    return ref.spelled(_STUB_TYPES, "[]{}")


def stub_source(signature: Signature) -> str:
    """A function named as the signature whose body panics (a terminating statement: no return needed)."""
    params = ", ".join(f"{unreserved(p.name, RESERVED)} {stub_type(parse_type(p.type))}" for p in signature.params)
    return (f"func {signature.name}({params}) {stub_type(parse_type(signature.returns))} {{\n"
            "\tpanic(\"not implemented\")\n}\n")


def exported(name: str) -> str:
    """LeetCode's Go name of a design method: the first letter uppercased (`addNum` -> `AddNum`)."""
    return name[:1].upper() + name[1:]


def design_stub(signature: Signature) -> str:
    """LeetCode's Go starter code of a design problem: the struct, `Constructor` and methods on its pointer."""

    def params(items: list[Param]) -> str:
        return ", ".join(f"{unreserved(p.name, RESERVED)} {stub_type(parse_type(p.type))}" for p in items)

    cls = signature.name
    body = " {\n\tpanic(\"not implemented\")\n}\n"
    lines = [f"type {cls} struct {{\n}}\n\n", f"func Constructor({params(signature.params)}) {cls}" + body]
    for m in signature.methods or ():
        returns = "" if m.returns == VOID else " " + stub_type(parse_type(m.returns))
        lines.append(f"\nfunc (this *{cls}) {exported(m.name)}({params(m.params)}){returns}" + body)
    return "".join(lines)


def code_only(source: str) -> str:
    """`source` with comments and string literals blanked, for textual checks."""
    return _COMMENTS_AND_LITERALS.sub(lambda m: '""' if m.group(0)[0] in "\"`" else " ", source)


def declares_type(source: str, name: str) -> bool:
    """Whether the code declares the type `name` at all (comments and literals aside)."""
    return re.search(rf"\btype\s+{re.escape(name)}\b", code_only(source)) is not None


def imported(source: str) -> set[str]:
    """Package paths the source imports (text of its import declarations)."""
    paths: set[str] = set()
    without_comments = re.sub(r"//[^\n]*|/\*.*?\*/", " ", source, flags=re.S)
    for block in _IMPORT_BLOCK.findall(without_comments):
        paths.update(re.findall(r"\"([^\"]+)\"", block))
    return paths


def complete_solution(code: str) -> str:
    """The solution as a compilable `package main` file (see the module docstring)."""
    if re.search(r"^\s*package\s+\w+", code_only(code), re.M):
        return code
    have = imported(code)
    missing = [path for path in STD_IMPORTS if path not in have]
    lines = ["package main", ""]
    if missing:
        lines += ["import (", *(f'\t"{path}"' for path in missing), ")", ""]
        lines += [f"var _ = {STD_IMPORTS[path]}" for path in missing]
    return "\n".join(lines) + f"\n\n//line {SOLUTION_FILE}:1\n" + code


# --- The definitions the driver could call, for the entry-point check ---------------------------------

def _go_defs(root: Node) -> Iterator[Definition]:
    for node in named_children(root):
        if node.type != "function_declaration":
            continue
        params = node.child_by_field_name("parameters")
        shown: list[str] = []
        variadic = False
        for kid in named_children(params) if params is not None else []:
            names = ([node_text(c) for c in kid.children_by_field_name("name")]
                     or [node_text(kid.child_by_field_name("type"))])
            if kid.type == "variadic_parameter_declaration":
                variadic = True
                shown += [f"{n}..." for n in names]
            elif kid.type == "parameter_declaration":
                shown += names
        count = len(shown) - variadic
        yield Definition(node_text(node.child_by_field_name("name")), tuple(shown), count, count, variadic)


class GoPlugin(CompiledPlugin):
    """Go (`go build`, gc toolchain) with LeetCode's Go conventions."""

    entry_rules = EntryRules(grammar="go", kind="function", extract=_go_defs)
    repetitions = "in_process"
    solution_file = SOLUTION_FILE
    driver_file = DRIVER_FILE
    compile_flags = ("build",)
    env = GO_ENV

    def uses_address_space_limit(self) -> bool:
        """False: the Go runtime reserves large address ranges up front."""
        return False

    def function_solution(self, code: str) -> str:
        """The solution completed into a `package main` file (see `complete_solution`)."""
        return complete_solution(code)

    def stub_source(self, signature: Signature) -> str:
        """See the module-level `stub_source` (and `design_stub` for a design signature)."""
        return design_stub(signature) if signature.methods is not None else stub_source(signature)

    def render_driver(self, task: Task, signature: Signature, code: str) -> str:
        """The driver source (`main.go`) for a function task."""
        if signature.methods is not None:
            def go(items: list[Param]) -> list[str]:
                return [stub_type(parse_type(p.type)) for p in items]

            design = {"cls": signature.name, "ctor": go(signature.params),
                      "methods": [{"name": m.name, "go": exported(m.name), "params": go(m.params),
                                   "returns": "" if m.returns == VOID else stub_type(parse_type(m.returns))}
                                  for m in signature.methods]}
            return self.template("driver.go.j2", entry=signature.name, arity=2, chars_as_text=True, design=design)
        return self.template(
            "driver.go.j2",
            entry=signature.name,
            arity=len(signature.params),
            chars_as_text=parse_type(signature.returns).leaf.base == "str",
            design=None,
        )

    def support_files(self, task: Task, code: str) -> dict[str, str]:
        """`types.go` with LeetCode's ListNode and TreeNode, those the solution does not declare itself."""
        define = {"define_list_node": not declares_type(code, "ListNode"),
                  "define_tree_node": not declares_type(code, "TreeNode")}
        return {TYPES_FILE: self.template("types.go.j2", **define)} if any(define.values()) else {}

    def sources(self, task: Task, files: dict[str, str]) -> list[str]:
        """The driver first, then the solution and the node types, for function tasks."""
        if task.mode != "function":
            return [SOLUTION_FILE]
        return [DRIVER_FILE, SOLUTION_FILE, *([TYPES_FILE] if TYPES_FILE in files else [])]
