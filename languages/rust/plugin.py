"""Rust (rustc -O, edition 2021): LeetCode-style `impl Solution` compiled together with a generated driver.

Function tasks: `solution.rs` holds the candidate unchanged; `main.rs` (rendered from `driver.rs.j2`)
defines LeetCode's `ListNode` (`Option<Box<ListNode>>` links), `TreeNode`
(`Option<Rc<RefCell<TreeNode>>>` children) and the empty `struct Solution`, then includes the solution
with `include!` inside a module that glob-imports the driver's items. Explicit `use` lines in the
solution (LeetCode solutions write `use std::rc::Rc;`) shadow the glob import instead of clashing.

The method is called `Solution::<snake_case name>`: LeetCode's Rust templates spell the signature's
camelCase name in snake_case (`twoSum` -> `two_sum`, `isValidBST` -> `is_valid_bst`), see `snake_case`.
The driver never names a native type: it converts arguments and results through `FromJson`/`ToJson`
traits and lets type inference pick the impl from the solution's own signature, so `i32`, `i64`,
`usize`, `f64`, `bool`, `String`, `char` (one-character strings, for `Vec<Vec<char>>` boards), `Vec<T>`
nested to any depth, lists and trees all work without the plugin choosing between them.

Compiler: the sandbox runs as uid nobody, which cannot read a rustup toolchain under /root, so the
plugin resolves `rustc` at init preferring the system one (`/usr/bin/rustc`, Debian's `rustc` package,
1.63 on bookworm: edition 2021 and `asm!` work, `std::hint::black_box` does not exist yet).
Stdio tasks: the solution is compiled alone and is the whole program.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from effx.models import Program, Task
from effx.plugin import LanguagePlugin, Toolchain, driver_template

_HERE = Path(__file__).parent
SOLUTION_FILE = "solution.rs"
DRIVER_FILE = "main.rs"
BINARY = "main"
RUSTFLAGS = ["-O", "--edition", "2021", "-C", "debuginfo=0", "-C", "codegen-units=1"]
"""One codegen unit: for a single small crate, splitting it into 16 units and joining them again costs more
than it saves (about 1.4 s instead of 2.1 s of CPU per compile), and the code is optimized as a whole."""
SYSTEM_RUSTC = "/usr/bin/rustc"
EXIT_RUNTIME_ERROR = 1
"""Driver exit code: the solution panicked (or returned a cyclic tree)."""
EXIT_DRIVER_ERROR = 2
"""Driver exit code: `cases.json` is missing or does not match the signature (not the solution's fault)."""

_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def snake_case(name: str) -> str:
    """LeetCode's Rust/Ruby spelling of a camelCase entry point: `isValidBST` -> `is_valid_bst`.

    An underscore goes before an uppercase letter that follows a lowercase letter or digit, and between
    an acronym and the word after it (`parseHTMLTag` -> `parse_html_tag`); names already in snake_case
    are returned unchanged.
    """
    return _WORD_BOUNDARY.sub("_", name).lower()


def find_rustc() -> str:
    """The compiler programs are built with: the system one if present, else `rustc` on PATH."""
    if Path(SYSTEM_RUSTC).exists():
        return SYSTEM_RUSTC
    return shutil.which("rustc") or "rustc"


def render_driver(task: Task) -> str:
    """The driver source (`main.rs`) for a function task."""
    if task.signature is None:
        raise ValueError(f"task {task.id!r} is a function task without a signature; add one to its task.json")
    return driver_template(_HERE / "driver.rs.j2").render(
        arity=len(task.signature.params),
        method=snake_case(task.signature.name),
    )


class RustPlugin(LanguagePlugin):
    """rustc -O (edition 2021) with LeetCode's Rust conventions."""

    name = "rust"
    display_name = "Rust"
    extension = "rs"
    solution_shape = (
        "`impl Solution { pub fn <snake_case name>(...) -> ... }` as on LeetCode (struct Solution, ListNode "
        "and TreeNode predefined; `use std::rc::Rc` etc. allowed); no `main`. Stdio tasks: a whole program"
    )

    def __init__(self) -> None:
        self.rustc = find_rustc()
        self.toolchain = Toolchain(version_argv=[self.rustc, "--version"], install_hint="apt-get install rustc")

    def render(self, task: Task, code: str, toolchain_version: str = "") -> Program:
        """Files and argv for `code`: compiled alone for stdio tasks, with the driver for function tasks."""
        files = {SOLUTION_FILE: code}
        source = SOLUTION_FILE
        if task.mode == "function":
            files[DRIVER_FILE] = render_driver(task)
            source = DRIVER_FILE
        return Program(
            language=self.name,
            files=files,
            compile_argv=[self.rustc, *RUSTFLAGS, "-o", BINARY, source],
            artifacts=[BINARY],
            run_argv=[f"./{BINARY}"],
            toolchain=toolchain_version,
        )
