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

Build: `go build -o main` with GOCACHE and GOPATH under /tmp (the sandbox's private tmpfs, so the
program sees a writable, empty cache), `GO111MODULE=off` (a single `package main`, no module or
network needed) and `CGO_ENABLED=0` (static binary, no C compiler involved). The Go runtime reserves
address space it never touches, so RLIMIT_DATA is not applied (`Program.no_data_limit`); memory stays
bounded by the launcher's resident-memory watchdog. Stdio tasks: the solution is built alone.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from effx.languages.entry_check import Definition, EntryRules, named_children, node_text
from effx.languages.interface import LanguagePlugin, Toolchain, driver_template
from effx.languages.value_types import parse_type
from effx.models import Program, Task

if TYPE_CHECKING:
    from tree_sitter import Node

_HERE = Path(__file__).parent
SOLUTION_FILE = "solution.go"
DRIVER_FILE = "main.go"
TYPES_FILE = "types.go"
BINARY = "main"
SYSTEM_GO = "/usr/bin/go"
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
EXIT_RUNTIME_ERROR = 1
"""Driver exit code: the solution panicked (or returned a cyclic list or tree)."""
EXIT_DRIVER_ERROR = 2
"""Driver exit code: `cases.json` does not match the signature (also Go's own code for fatal errors)."""

_COMMENTS_AND_LITERALS = re.compile(r'//[^\n]*|/\*.*?\*/|`[^`]*`|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', re.S)
_IMPORT_BLOCK = re.compile(r"\bimport\s*(\((?:[^)]*)\)|\w*\s*\"[^\"]+\")", re.S)


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


def render_driver(task: Task) -> str:
    """The driver source (`main.go`) for a function task."""
    if task.signature is None:
        raise ValueError(f"task {task.id!r} is a function task without a signature; add one to its task.json")
    sig = task.signature
    return driver_template(_HERE / "driver.go.j2").render(
        entry=sig.name,
        arity=len(sig.params),
        chars_as_text=parse_type(sig.returns).leaf.base == "str",
    )


def find_go() -> str:
    """The `go` command: the system one if present, else the first on PATH."""
    if Path(SYSTEM_GO).exists():
        return SYSTEM_GO
    return shutil.which("go") or "go"


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


class GoPlugin(LanguagePlugin):
    """Go (`go build`, gc toolchain) with LeetCode's Go conventions."""

    name = "go"
    display_name = "Go"
    extension = "go"
    solution_shape = (
        "a function named as the signature (camelCase), e.g. `func twoSum(nums []int, target int) []int`; "
        "package clause and standard imports optional (added when absent); ListNode/TreeNode predefined. "
        "Stdio tasks: a whole `package main` program"
    )
    entry_rules = EntryRules(grammar="go", kind="function", extract=_go_defs)

    def __init__(self) -> None:
        self.go = find_go()
        self.toolchain = Toolchain(version_argv=[self.go, "version"], install_hint="apt-get install golang-go")

    def uses_address_space_limit(self) -> bool:
        """False: the Go runtime reserves large address ranges up front."""
        return False

    def render(self, task: Task, code: str, toolchain_version: str = "") -> Program:
        """Files and argv for `code`: built alone for stdio tasks, with the driver for function tasks."""
        files = {SOLUTION_FILE: code if task.mode == "stdio" else complete_solution(code)}
        sources = [SOLUTION_FILE]
        if task.mode == "function":
            files[DRIVER_FILE] = render_driver(task)
            sources = [DRIVER_FILE, SOLUTION_FILE]
            define = {"define_list_node": not declares_type(code, "ListNode"),
                      "define_tree_node": not declares_type(code, "TreeNode")}
            if any(define.values()):
                files[TYPES_FILE] = driver_template(_HERE / "types.go.j2").render(**define)
                sources.append(TYPES_FILE)
        return Program(
            language=self.name,
            files=files,
            compile_argv=[self.go, "build", "-o", BINARY, *sources],
            artifacts=[BINARY],
            run_argv=[f"./{BINARY}"],
            env=dict(GO_ENV),
            no_data_limit=True,
            toolchain=toolchain_version,
        )
