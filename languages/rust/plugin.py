"""Rust (rustc -O, edition 2021): LeetCode-style `impl Solution` compiled together with a generated driver.

Function tasks: `solution.rs` holds the candidate unchanged; `main.rs` (rendered from `driver.rs.j2`)
defines LeetCode's `ListNode` (`Option<Box<ListNode>>` links), `TreeNode`
(`Option<Rc<RefCell<TreeNode>>>` children) and the empty `struct Solution`, then includes the solution
with `include!` inside a module that glob-imports the driver's items. Explicit `use` lines in the
solution (LeetCode solutions write `use std::rc::Rc;`) shadow the glob import instead of clashing.

The method is called `Solution::<snake_case name>`: LeetCode's Rust templates spell the signature's
camelCase name in snake_case (`twoSum` -> `two_sum`, `isValidBST` -> `is_valid_bst`), see
`effx.languages.driver_plugins.snake_case`.
The driver never names a native type: it converts arguments and results through `FromJson`/`ToJson`
traits and lets type inference pick the impl from the solution's own signature, so `i32`, `i64`,
`usize`, `f64`, `bool`, `String`, `char` (one-character strings, for `Vec<Vec<char>>` boards), `Vec<T>`
nested to any depth, lists and trees all work without the plugin choosing between them.

The driver's task-independent part (JSON, the conversions, `cases.json`/`result.json`, the solution
thread) is a separate crate, `effx_runtime.rs`, linked as an rlib. It is compiled once per compiler as a
shared build (`prebuilt_runtime`); a program's compile script (`COMPILE_SCRIPT`) links that rlib when
the sandbox placed it in the work directory, and otherwise first builds the rlib from its own copy of
the source with the same flags: both paths produce the same binary, byte for byte. Only the solution and
the per-task glue (the case loop around the call) are compiled per program.

Compile CPU time (user, median of 5, `/usr/bin/time`, 2-core VM under load) of core references, before ->
with the prebuilt runtime -> without it: two_sum/hashmap 1.45 -> 0.81 -> 1.74 s,
merge_k_sorted_lists/divide_conquer 1.21 -> 0.56 -> 1.43 s, tree_diameter/recursive_dfs 1.10 -> 0.45 ->
1.33 s. The runtime costs 0.88 s once per compiler; a compile without the shared build (Docker ignores
it) costs 0.2-0.3 s more than the former single-crate driver did.

Compiler: the sandbox runs as uid nobody, which cannot read a rustup toolchain under /root, so the
plugin resolves `rustc` at init preferring the system one (`/usr/bin/rustc`, Debian's `rustc` package,
1.63 on bookworm: edition 2021 and `asm!` work, `std::hint::black_box` does not exist yet).
Stdio tasks: the solution is compiled alone and is the whole program.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from effx.languages.driver_plugins import CompiledPlugin, snake_case, unreserved
from effx.languages.entry_check import Definition, EntryRules, named_children, node_text, plain_definition
from effx.languages.value_types import TypeRef, parse_type
from effx.models import VOID, Param, Program, Signature, Task

if TYPE_CHECKING:
    from tree_sitter import Node

_HERE = Path(__file__).parent
SOLUTION_FILE = "solution.rs"
DRIVER_FILE = "main.rs"
BINARY = "main"
RUSTFLAGS = ("-O", "--edition", "2021", "-C", "debuginfo=0", "-C", "codegen-units=1")
"""One codegen unit: for a single small crate, splitting it into 16 units and joining them again costs more
than it saves (about 1.4 s instead of 2.1 s of CPU per compile), and the code is optimized as a whole."""

RUNTIME_CRATE = "effx_runtime"
RUNTIME_SOURCE = "effx_runtime.rs"
"""The driver's runtime crate, shipped next to this module; every function-task program carries a copy."""
RUNTIME_RLIB = "libeffx_runtime.rlib"
SHARED_DIR = "effx-rt"
"""Folder of the shared build (`effx-rt/libeffx_runtime.rlib`), apart from the program's own files."""
COMPILE_SCRIPT = f"""\
# "$@" is the compiler with its flags. Link the prebuilt runtime when it is here; rustc refuses one made
# by another compiler (E0460/E0461/E0462/E0514/E0786), and then, as when it is missing, build it here.
prebuilt={SHARED_DIR}/{RUNTIME_RLIB}
if [ -f "$prebuilt" ]; then
    "$@" --extern {RUNTIME_CRATE}="$prebuilt" -o {BINARY} {DRIVER_FILE} 2>.effx-rustc.log
    status=$?
    if ! grep -qE 'error\\[E0(460|461|462|514|786)\\]' .effx-rustc.log; then
        cat .effx-rustc.log >&2
        exit "$status"
    fi
fi
"$@" --crate-type rlib --crate-name {RUNTIME_CRATE} -o {RUNTIME_RLIB} {RUNTIME_SOURCE} || exit
exec "$@" --extern {RUNTIME_CRATE}={RUNTIME_RLIB} -o {BINARY} {DRIVER_FILE}
"""
"""Compiles a function-task program, with or without the shared build (see the module docstring).

Run as `sh -c COMPILE_SCRIPT sh <rustc> <RUSTFLAGS...>`, so no path or flag is ever quoted into it."""

_STUB_TYPES = {"int": "i32", "int64": "i64", "float": "f64", "bool": "bool", "str": "String",
               "ListNode": "Option<Box<ListNode>>", "TreeNode": "Option<Rc<RefCell<TreeNode>>>"}
RESERVED = frozenset(
    "as async await break const continue crate dyn else enum extern false fn for if impl in let loop match mod move "
    "mut pub ref return self static struct super trait true type unsafe use where while abstract become box do "
    "final macro override priv try typeof unsized virtual yield".split())
"""Rust 2021's strict and reserved keywords: no parameter of a stub may be called so."""


def stub_type(ref: TypeRef) -> str:
    """The Rust type a stub declares for a vocabulary type (`list[int]` -> `Vec<i32>`), as LeetCode spells it."""
    return ref.spelled(_STUB_TYPES, "Vec<{}>")


def stub_source(signature: Signature) -> str:
    """`impl Solution` with the snake_case entry point whose body is `unimplemented!()`, as on LeetCode.

    A signature with a tree also gets LeetCode's `use` lines for `Rc` and `RefCell` (the driver's glob import
    would provide them, but starter code that names them should show where they come from).
    """
    types = [parse_type(p.type) for p in signature.params]
    returns = parse_type(signature.returns)
    tree = any(t.leaf.base == "TreeNode" for t in [*types, returns])
    uses = "use std::rc::Rc;\nuse std::cell::RefCell;\n\n" if tree else ""
    params = ", ".join(f"{unreserved(snake_case(p.name), RESERVED)}: {stub_type(t)}"
                       for p, t in zip(signature.params, types, strict=True))
    return (f"{uses}impl Solution {{\n    pub fn {snake_case(signature.name)}({params}) -> {stub_type(returns)} {{\n"
            "        unimplemented!()\n    }\n}\n")


def design_stub(signature: Signature) -> str:
    """LeetCode's Rust starter code of a design problem: the struct, and `impl` with `new` and the methods in
    snake_case taking `&mut self` (LeetCode's templates write `&self` and invite `&mut self`)."""

    def params(items: list[Param]) -> list[str]:
        return [f"{unreserved(snake_case(p.name), RESERVED)}: {stub_type(parse_type(p.type))}" for p in items]

    types = [parse_type(p.type) for p in [*signature.params, *(p for m in signature.methods or () for p in m.params)]]
    types += [parse_type(m.returns) for m in signature.methods or () if m.returns != VOID]
    tree = any(t.leaf.base == "TreeNode" for t in types)
    uses = "use std::rc::Rc;\nuse std::cell::RefCell;\n\n" if tree else ""
    body = " {\n        unimplemented!()\n    }\n"
    lines = [f"{uses}struct {signature.name} {{\n}}\n\nimpl {signature.name} {{\n",
             f"    fn new({', '.join(params(signature.params))}) -> Self" + body]
    for m in signature.methods or ():
        returns = "" if m.returns == VOID else f" -> {stub_type(parse_type(m.returns))}"
        lines.append(f"\n    fn {snake_case(m.name)}({', '.join(['&mut self', *params(m.params)])}){returns}" + body)
    return "".join(lines) + "}\n"


@cache
def runtime_source() -> str:
    """The text of `effx_runtime.rs`, read once per process."""
    return (_HERE / RUNTIME_SOURCE).read_text(encoding="utf-8")


@cache
def compiler_fingerprint(rustc: str) -> str:
    """Names the standard library `rustc` links against, without running it.

    An rlib only links with the compiler (and the build of `std`) that made it. The shared build's cache
    key holds this fingerprint, so a compiler upgrade builds a new runtime instead of finding the old one
    (which the compile script would then reject and rebuild on every compile). `std`'s file name carries
    a hash of its build (`libstd-<hash>.rlib` under the sysroot); when no sysroot is found next to the
    compiler (a rustup proxy), the compiler binary's size and modification time stand in.
    """
    path = Path(shutil.which(rustc) or rustc).resolve()
    libraries = sorted(p.name for p in path.parent.parent.glob("lib/rustlib/*/lib/libstd-*.rlib"))
    if libraries:
        return " ".join(libraries)
    try:
        info = path.stat()
    except OSError:
        return ""
    return f"{path} {info.st_size} {info.st_mtime_ns}"


def prebuilt_runtime(rustc: str, toolchain_version: str = "") -> Program:
    """The shared build: `effx_runtime.rs` compiled once into `effx-rt/libeffx_runtime.rlib`.

    The source path is remapped so the rlib records the file as `effx_runtime.rs` (the name panic
    locations print), as a program that builds the runtime itself does: either way the program's binary
    comes out byte for byte the same.
    """
    source, rlib = f"{SHARED_DIR}/{RUNTIME_SOURCE}", f"{SHARED_DIR}/{RUNTIME_RLIB}"
    return Program(
        language="rust",
        files={source: runtime_source()},
        compile_argv=[rustc, *RUSTFLAGS, "--remap-path-prefix", f"{SHARED_DIR}/=", "--crate-type", "rlib",
                      "--crate-name", RUNTIME_CRATE, "-o", rlib, source],
        artifacts=[rlib],
        run_argv=["true"],
        toolchain=f"{toolchain_version} ({compiler_fingerprint(rustc)})",
    )


# --- The definitions the driver could call, for the entry-point check ---------------------------------

def _rust_defs(root: Node) -> Iterator[Definition]:
    for node in named_children(root):
        body = node.child_by_field_name("body")
        if node.type != "impl_item" or node_text(node.child_by_field_name("type")) != "Solution" or body is None:
            continue
        for member in named_children(body):
            if member.type == "function_item":
                params = member.child_by_field_name("parameters")
                # A `self` receiver is kept: the driver calls `Solution::name(args)`, where it would be one
                # argument too many.
                shown = [node_text(k.child_by_field_name("pattern")) or node_text(k)
                         for k in (named_children(params) if params is not None else []) if k.type != "attribute_item"]
                yield plain_definition(node_text(member.child_by_field_name("name")), shown)


class RustPlugin(CompiledPlugin):
    """rustc -O (edition 2021) with LeetCode's Rust conventions."""

    entry_rules = EntryRules(grammar="rust", kind="method", extract=_rust_defs)
    repetitions = "fork"

    solution_file = SOLUTION_FILE
    driver_file = DRIVER_FILE
    program_file = BINARY
    compile_flags = RUSTFLAGS

    def entry_call(self, signature: Signature) -> tuple[list[str], list[str]] | None:
        """The driver calls `Solution::<snake_case name>` (a design struct's `new`, the struct as named)."""
        if signature.methods is not None:
            return [signature.name], [p.name for p in signature.params]
        return [snake_case(signature.name)], [p.name for p in signature.params]

    def stub_source(self, signature: Signature) -> str:
        """See the module-level `stub_source` (and `design_stub` for a design signature)."""
        return design_stub(signature) if signature.methods is not None else stub_source(signature)

    def render_driver(self, task: Task, signature: Signature, code: str) -> str:
        """The driver source (`main.rs`) for a function task."""
        design = None
        if signature.methods is not None:
            design = {"cls": signature.name, "ctor": len(signature.params),
                      "methods": [{"name": m.name, "rust": snake_case(m.name), "arity": len(m.params),
                                   "returns": m.returns != VOID} for m in signature.methods]}
        return self.template("driver.rs.j2", arity=len(signature.params), method=snake_case(signature.name),
                             design=design)

    def support_files(self, task: Task, code: str) -> dict[str, str]:
        """The runtime crate's source, built here when the shared build is not in the work directory."""
        return {RUNTIME_SOURCE: runtime_source()}

    def compile_argv(self, task: Task, files: dict[str, str], toolchain_version: str) -> list[str]:
        """rustc on the solution for stdio tasks; `COMPILE_SCRIPT` around rustc for function tasks."""
        if task.mode == "function":
            return ["sh", "-c", COMPILE_SCRIPT, "sh", self.binary, *RUSTFLAGS]
        return super().compile_argv(task, files, toolchain_version)

    def shared_build(self, task: Task, toolchain_version: str) -> Program | None:
        """The prebuilt runtime, which only function tasks link."""
        return prebuilt_runtime(self.binary, toolchain_version) if task.mode == "function" else None
