"""C++17 with g++ -O2: LeetCode-style solutions compiled together with a generated driver.

Function tasks: `solution.cpp` holds the candidate unchanged; `main.cpp` (rendered from
`driver.cpp.j2`) defines LeetCode's `ListNode` and `TreeNode`, then `#include`s the solution, so
solutions use those types without declaring them, as on LeetCode. A solution that defines them itself
keeps its own definition (the driver's is left out); the check is textual, on the code with comments and
string literals removed, so LeetCode's commented-out "Definition for a binary tree node" does not count.
The driver calls `Solution().<name>(args...)` with arguments as lvalues (LeetCode signatures take
`vector<int>&`), or a free function of that name when the code declares no `Solution` class.

The driver is split in two. `main.cpp` holds what depends on the signature or on the solution's types
(argument conversion, the timed call, ListNode/TreeNode accessors); `effx_runtime.hpp/.cpp` hold the rest
(JSON parser and writer, list and tree walking, bookkeeping, the big-stack thread, result.json), which is
the same for every program. The shared build (`shared_build`) compiles the runtime once per compiler,
together with the precompiled `<bits/stdc++.h>`; a program links that object when the sandbox placed it in
the work directory and compiles `effx_runtime.cpp` itself otherwise (docker, or a failed shared build).
The solution is compiled with the same flags either way.

Compile CPU time (user, median of 5, `/usr/bin/time`, both cores busy with other work), first C++
reference of a core task, shared build present: two_sum 1.43 s -> 0.43 s, tree_diameter 1.52 s ->
0.55 s, merge_k_sorted_lists 1.38 s -> 0.40 s. Without the shared build (docker) two_sum goes from
2.21 s to 2.58 s: the runtime's own translation unit parses its headers a second time.

Stdio tasks: the solution is compiled alone and is the whole program.
"""

from __future__ import annotations

import hashlib
import json
import re
import shlex
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from effx.languages.c_family import c_functions, c_scope, c_top_level, code_only
from effx.languages.driver_plugins import CompiledPlugin, function_signature, unreserved
from effx.languages.entry_check import Definition, EntryRules, node_text
from effx.languages.interface import driver_template
from effx.languages.value_types import TypeRef, parse_type
from effx.models import VOID, Param, Program, Signature, Task

if TYPE_CHECKING:
    from tree_sitter import Node

_HERE = Path(__file__).parent
SOLUTION_FILE = "solution.cpp"
DRIVER_FILE = "main.cpp"
BINARY = "main"
CXXFLAGS = ["-O2", "-std=c++17", "-pipe", "-pthread", "-DONLINE_JUDGE"]
"""`-DONLINE_JUDGE` as on Codeforces and most judges, so contest code skips its local-only file I/O."""
PCH_DIR = "effx-pch"
"""Include directory holding the precompiled `<bits/stdc++.h>` (`effx-pch/bits/stdc++.h.gch`).

Parsing `<bits/stdc++.h>`, which every driver includes first, costs about 0.8 s of CPU per compile
(two_sum's reference: 2.2 s without the precompiled header, 1.4 s with it, before the runtime split).
g++ looks for `<name>.gch` in each include directory before `<name>`, and uses it when it was built with
the same flags, so `-I effx-pch` is all a compile needs; when the file is missing or stale g++ silently
parses the real header, with the same result.
"""
_PCH_HEADER = "effx-stdcxx.hpp"
RUNTIME_HEADER = "effx_runtime.hpp"
RUNTIME_SOURCE = "effx_runtime.cpp"
"""The driver's generic runtime (JSON, bookkeeping, thread, result file), shipped next to this module."""
RUNTIME_DIR = "effx-runtime"
"""Where the shared build compiles the runtime: a folder of its own, so its files never share a name with
the program's (the sandbox places shared files before writing the program's)."""

_NATIVE = {"int": "int", "int64": "long long", "float": "double", "bool": "bool", "str": "std::string",
           "ListNode": "ListNode*", "TreeNode": "TreeNode*"}


def native_type(ref: TypeRef) -> str:
    """The C++ type a vocabulary type is passed as (`list[list[int]]` -> `std::vector<std::vector<int>>`)."""
    return ref.spelled(_NATIVE, "std::vector<{}>")


_LEETCODE = {name: native.removeprefix("std::") for name, native in _NATIVE.items()}
RESERVED = frozenset(
    "alignas alignof and and_eq asm auto bitand bitor bool break case catch char char16_t char32_t class compl "
    "const const_cast constexpr continue decltype default delete do double dynamic_cast else enum explicit export "
    "extern false float for friend goto if inline int long mutable namespace new noexcept not not_eq nullptr "
    "operator or or_eq private protected public register reinterpret_cast return short signed sizeof static "
    "static_assert static_cast struct switch template this thread_local throw true try typedef typeid typename "
    "union unsigned using virtual void volatile wchar_t while xor xor_eq".split())
"""C++17's keywords and alternative operator names, which a parameter of a stub cannot be called."""


def leetcode_type(ref: TypeRef) -> str:
    """`native_type` as LeetCode's C++ templates spell it, relying on the driver's `using namespace std;`."""
    return ref.spelled(_LEETCODE, "vector<{}>")


def _stub_params(params: list[Param]) -> str:
    out = []
    for p in params:
        ref = parse_type(p.type)
        out.append(f"{leetcode_type(ref)}{'&' if ref.base == 'list' else ''} {unreserved(p.name, RESERVED)}")
    return ", ".join(out)


def stub_source(signature: Signature) -> str:
    """`class Solution { public: ... };` with containers taken by reference, as on LeetCode; for a design
    signature the class with its constructor and methods.

    The body throws: a function ending in a throw compiles without a return value for any return type, and
    the driver reports the exception as a runtime error should the stub ever be called.
    """
    throw = "{\n        throw logic_error(\"not implemented\");\n    }\n"
    if signature.methods is not None:
        lines = [f"class {signature.name} {{\npublic:\n    {signature.name}({_stub_params(signature.params)}) {throw}"]
        for m in signature.methods:
            returns = "void" if m.returns == VOID else leetcode_type(parse_type(m.returns))
            lines.append(f"\n    {returns} {m.name}({_stub_params(m.params)}) {throw}")
        return "".join(lines) + "};\n"
    params = [_stub_params(signature.params)] if signature.params else []
    returns = "void" if signature.returns == VOID else leetcode_type(parse_type(signature.returns))
    return (f"class Solution {{\npublic:\n    {returns} {signature.name}"
            f"({', '.join(params)}) {{\n        throw logic_error(\"not implemented\");\n    }}\n}};\n")


def declares(source: str, name: str) -> bool:
    """Whether the code (comments and literals aside) declares a class or struct called `name`."""
    return re.search(rf"\b(?:class|struct)\s+{re.escape(name)}\b", code_only(source)) is not None


def _design(sig: Signature) -> dict[str, object] | None:
    """What the driver template needs of a design signature (None for a function signature)."""
    if sig.methods is None:
        return None
    return {"cls": sig.name, "ctor": [native_type(parse_type(p.type)) for p in sig.params],
            "methods": [{"name": m.name, "params": [native_type(parse_type(p.type)) for p in m.params],
                         "returns": "" if m.returns == VOID else native_type(parse_type(m.returns))}
                        for m in sig.methods]}


def render_driver(task: Task, code: str) -> str:
    """The driver source (`main.cpp`) for a function task and the solution it will include."""
    sig = function_signature(task)
    use_class = declares(code, "Solution")
    return driver_template(_HERE / "driver.cpp.j2").render(
        design=_design(sig),
        params=[{"native": native_type(parse_type(p.type))} for p in sig.params],
        arity=len(sig.params),
        use_class=use_class,
        call=f"solution.{sig.name}" if use_class else sig.name,
        in_place=sig.returns == VOID and sig.methods is None,
        define_list_node=not declares(code, "ListNode"),
        define_tree_node=not declares(code, "TreeNode"),
    )


@cache
def _runtime_files() -> tuple[tuple[str, str], ...]:
    """The driver runtime's (file name, source) pairs, read once from the plugin folder."""
    return tuple((name, (_HERE / name).read_text(encoding="utf-8")) for name in (RUNTIME_HEADER, RUNTIME_SOURCE))


def runtime_object(toolchain_version: str = "") -> str:
    """Where the shared build leaves the compiled driver runtime, named by what it was built from.

    The name carries a hash of the runtime's sources, the flags and the compiler version, so a program
    only ever links an object built from the very sources and flags it would otherwise compile itself.
    """
    blob = json.dumps([_runtime_files(), CXXFLAGS, toolchain_version])
    return f"{RUNTIME_DIR}/effx_runtime-{hashlib.sha256(blob.encode()).hexdigest()[:16]}.o"


def shared_build(toolchain_version: str = "") -> Program:
    """The build every C++ compile shares: the precompiled `<bits/stdc++.h>` and the driver runtime object.

    Both are compiled with the flags every solution compiles with. A Program has one shared build, so one
    short script makes both.
    """
    gch = f"{PCH_DIR}/bits/stdc++.h.gch"
    obj = runtime_object(toolchain_version)
    pch = shlex.join(["g++", *CXXFLAGS, "-x", "c++-header", _PCH_HEADER, "-o", gch])
    runtime = shlex.join(["g++", *CXXFLAGS, "-c", f"{RUNTIME_DIR}/{RUNTIME_SOURCE}", "-o", obj])
    files = {_PCH_HEADER: "#include <bits/stdc++.h>\n",
             f"{PCH_DIR}/bits/README": "Precompiled <bits/stdc++.h> for effx's C++ compiles (see CXXFLAGS).\n"}
    files.update({f"{RUNTIME_DIR}/{name}": text for name, text in _runtime_files()})
    return Program(
        language="cpp",
        files=files,
        compile_argv=["sh", "-c", f"{pch} && {runtime}"],
        artifacts=[gch, obj],
        run_argv=["true"],
        toolchain=toolchain_version,
    )


def driver_compile_argv(toolchain_version: str = "") -> list[str]:
    """The compile command of a function task: the driver and solution, plus the runtime's object or source.

    The prebuilt object is used when the shared build placed it in the work directory; otherwise (docker,
    or a failed shared build) the runtime source is compiled along with the program, same flags, same
    result. Arguments appended to the returned argv reach g++ (`"$@"`), as with a plain g++ command.
    """
    obj = shlex.quote(runtime_object(toolchain_version))
    gxx = shlex.join(["g++", *CXXFLAGS, "-I", PCH_DIR, "-o", BINARY, DRIVER_FILE])
    script = (f"runtime={shlex.quote(RUNTIME_SOURCE)}\n"
              f"if [ -f {obj} ]; then runtime={obj}; fi\n"
              f'exec {gxx} "$runtime" "$@"\n')
    return ["sh", "-c", script, "g++"]


# --- The definitions the driver could call, for the entry-point check ---------------------------------

def _cpp_defs(root: Node) -> Iterator[Definition]:
    for node in c_top_level(root):
        if node.type == "function_definition" and c_scope(node) in ("", "Solution"):
            yield from c_functions([node])
        elif node.type in ("class_specifier", "struct_specifier"):
            body = node.child_by_field_name("body")
            if node_text(node.child_by_field_name("name")) == "Solution" and body is not None:
                yield from c_functions(member for member in c_top_level(body)
                                       if member.type in ("function_definition", "field_declaration", "declaration"))


class CppPlugin(CompiledPlugin):
    """GNU C++17 (`g++ -O2`), the flags LeetCode and most judges use."""

    entry_rules = EntryRules(grammar="cpp", kind="method", extract=_cpp_defs)
    repetitions = "fork"
    in_place = True
    solution_file = SOLUTION_FILE
    driver_file = DRIVER_FILE
    compile_flags = (*CXXFLAGS, "-I", PCH_DIR)

    def stub_source(self, signature: Signature) -> str:
        """See the module-level `stub_source`."""
        return stub_source(signature)

    def render_driver(self, task: Task, signature: Signature, code: str) -> str:
        """See the module-level `render_driver`."""
        return render_driver(task, code)

    def support_files(self, task: Task, code: str) -> dict[str, str]:
        """The driver runtime's sources, compiled with the program when the shared build is not there."""
        return dict(_runtime_files())

    def compile_argv(self, task: Task, files: dict[str, str], toolchain_version: str) -> list[str]:
        """The solution alone for stdio tasks; the driver with the runtime for function tasks."""
        if task.mode == "function":
            return driver_compile_argv(toolchain_version)
        return super().compile_argv(task, files, toolchain_version)

    def shared_build(self, task: Task, toolchain_version: str) -> Program | None:
        """The precompiled `<bits/stdc++.h>` and the runtime object (see the module-level `shared_build`)."""
        return shared_build(toolchain_version)
