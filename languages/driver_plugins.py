"""What the built-in plugins have in common: a solution file, a generated driver, a toolchain binary.

Every built-in language lays a program out the same way. A function task is the solution's file plus a
driver rendered from a jinja2 template in the plugin's own folder (plus whatever the driver needs beside
it); a stdio task is the solution alone, which is the whole program. A compiled language adds a compile
argv that leaves one binary (or folder) behind, and runs that; an interpreted one runs the driver or the
solution with its interpreter. `DriverPlugin` holds that layout, `InterpretedPlugin` and `CompiledPlugin`
turn it into a `Program`, so a plugin states only its names, flags, type mapping and quirks.

These classes are a convenience: effx needs nothing from a plugin beyond `LanguagePlugin`, and a
third-party plugin may implement that interface directly. Like every plugin, they only describe programs
and never start a process.

The driver protocol's exit codes live here once (drivers spell them in their own language, with the
same values): a driver exits `EXIT_RUNTIME_ERROR` when the solution failed while running,
`EXIT_DRIVER_ERROR` when `cases.json` is missing or does not fit the signature (never the solution's
fault) and, in languages whose solution is loaded at run time, `EXIT_COMPILE_ERROR` with
`effx: compile error` on stderr when the solution does not load.
"""

from __future__ import annotations

import inspect
import re
import shutil
from abc import abstractmethod
from pathlib import Path
from typing import Any, ClassVar

import tomllib

from effx.languages.interface import LanguagePlugin, Toolchain, UnsupportedTask, driver_template
from effx.languages.value_types import parse_type
from effx.models import VOID, Program, Signature, Task

__all__ = ["DESIGN_CASE", "EXIT_COMPILE_ERROR", "EXIT_DRIVER_ERROR", "EXIT_RUNTIME_ERROR", "CompiledPlugin",
           "DriverPlugin", "InterpretedPlugin", "c_style_name", "find_binary", "function_signature", "snake_case",
           "unreserved"]

EXIT_RUNTIME_ERROR = 1
"""Driver exit code: the solution raised, panicked or returned what does not convert (a cyclic list ...).

Native programs that crash end with their signal instead."""
EXIT_DRIVER_ERROR = 2
"""Driver exit code: `cases.json` is missing or does not match the signature (not the solution's fault)."""
EXIT_COMPILE_ERROR = 3
"""Driver exit code: the solution failed to load (syntax error, top-level error, no entry point)."""

_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def find_binary(system_path: str | None, *names: str) -> str:
    """The toolchain binary programs use: `system_path` if it exists, else the first of `names` on PATH.

    The system binary comes first because the sandbox runs programs as uid nobody, which cannot read a
    toolchain installed under /root (pyenv, rustup, nvm). Without a system path the first name is returned
    unresolved, for the sandbox to look up on its own PATH; when no name is on PATH either, the first name
    is returned too, so a missing toolchain shows up as a failed version probe rather than an exception.
    """
    if system_path is None:
        return names[0]
    if Path(system_path).exists():
        return system_path
    return next((found for found in map(shutil.which, names) if found), names[0])


def snake_case(name: str) -> str:
    """LeetCode's Rust/Ruby spelling of a camelCase entry point: `isValidBST` -> `is_valid_bst`.

    An underscore goes before an uppercase letter that follows a lowercase letter or digit, and between
    an acronym and the word after it (`parseHTMLTag` -> `parse_html_tag`); names already in snake_case
    are returned unchanged.
    """
    return _WORD_BOUNDARY.sub("_", name).lower()


def unreserved(name: str, reserved: frozenset[str]) -> str:
    """`name` as a stub's identifier: with `_` appended when it is a reserved word of the stub's language.

    Signatures come from many sources and name parameters freely (`type`, `map`, `from`); a stub must
    still compile, and the driver passes arguments by position, so renaming one changes nothing else.
    """
    return f"{name}_" if name in reserved else name


def function_signature(task: Task) -> Signature:
    """The signature a driver is rendered from; a function task without one is an error in its task file."""
    if task.signature is None:
        raise ValueError(f"task {task.id!r} is a function task without a signature; add one to its task.json")
    return task.signature


DESIGN_CASE = ("operations", "arguments")
"""The two halves of a design task's case, LeetCode's `[["LRUCache", "put", "get"], [[2], [1, 1], [1]]]`:
what a driver names them in its messages (see `effx.models.Signature`)."""


def design_description(signature: Signature) -> dict[str, Any] | None:
    """A design signature as the interpreted drivers take it: the class, its constructor's parameter types
    and, per method, its parameter types and return type (`void` kept), all normalised through the
    vocabulary; None for a function signature."""
    if signature.methods is None:
        return None
    return {"class": signature.name, "params": [str(parse_type(p.type)) for p in signature.params],
            "methods": {m.name: [[str(parse_type(p.type)) for p in m.params],
                                 VOID if m.returns == VOID else str(parse_type(m.returns))]
                        for m in signature.methods}}


def c_style_name(class_name: str, method: str) -> str:
    """LeetCode's C name of a design class's function: `lRUCacheGet` for `LRUCache.get`, `lRUCacheCreate` for
    the constructor (`method` "Create") and `lRUCacheFree` for the destructor ("Free")."""
    return class_name[:1].lower() + class_name[1:] + method[:1].upper() + method[1:]


DESCRIPTION_FILE = "language.toml"
"""Beside a plugin module: the language's name, display name, file names and toolchain binary, as data."""
DESCRIBED = frozenset({"name", "display_name", "extension", "solution_shape", "solution_file", "driver_file",
                       "program_file", "binary_names", "system_binary", "version_flag", "install_hint"})
"""The class attributes a `language.toml` may set."""


class DriverPlugin(LanguagePlugin):
    """A language whose function tasks run the solution through a driver rendered from a template.

    What a language *is* (its names, file names and toolchain binary) is data: `language.toml` in the
    plugin's folder, read when the class is defined, so the class states only how programs are built (an
    attribute set in the class body wins over the file). Subclasses implement `render_driver` (and
    `stub_source`, to offer stubs); the toolchain is resolved once, when the plugin is made, and its
    version probe built from it.
    """

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        described = cls.folder() / DESCRIPTION_FILE
        if not described.is_file():
            return
        values = tomllib.loads(described.read_text(encoding="utf-8"))
        unknown = sorted(set(values) - DESCRIBED)
        if unknown:
            raise TypeError(f"{described}: unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(DESCRIBED))}")
        for key, value in values.items():
            if key not in cls.__dict__:
                setattr(cls, key, tuple(value) if isinstance(value, list) else value)

    in_place: ClassVar[bool] = False
    """Whether the driver runs in-place function signatures (`returns: void`: the answer is the arguments
    after the call); a language without it refuses such a task (`UnsupportedTask`)."""
    solution_file: ClassVar[str]
    """Where the solution's code goes (`solution.py`); for stdio tasks the whole program."""
    driver_file: ClassVar[str]
    """Where the rendered driver goes (`main.py`)."""
    binary_names: ClassVar[tuple[str, ...]]
    """The toolchain binary's names on PATH, preferred first (`("node", "nodejs")`)."""
    system_binary: ClassVar[str | None] = None
    """Absolute path preferred over PATH (see `find_binary`); None keeps the bare name."""
    version_flag: ClassVar[str] = "--version"
    """The argument that makes the binary print its version."""
    install_hint: ClassVar[str]
    """What to run when the toolchain is missing."""
    env: ClassVar[dict[str, str]] = {}
    """Extra environment of the program's compile and run."""

    def __init__(self) -> None:
        self.binary = find_binary(self.system_binary, *self.binary_names)
        self.toolchain = Toolchain(version_argv=[self.binary, self.version_flag], install_hint=self.install_hint)

    @classmethod
    def folder(cls) -> Path:
        """The plugin's own folder, where its driver template and runtime files are shipped."""
        return Path(inspect.getfile(cls)).parent

    def template(self, name: str, **values: object) -> str:
        """The template `name` from the plugin's folder, rendered with `values`."""
        return driver_template(self.folder() / name).render(**values)

    @abstractmethod
    def render_driver(self, task: Task, signature: Signature, code: str) -> str:
        """The driver source for a function task (it may look at the solution's code, e.g. for its types).

        Raises ValueError for a signature the language cannot call; the runner reports it as the solution's
        `invalid_solution`.
        """

    def stub(self, task: Task) -> str:
        """See `LanguagePlugin.stub`: the task is checked here, `stub_source` writes the code."""
        if task.mode != "function":
            raise ValueError(f"task {task.id!r} is a stdio task: its solution is a whole program, so it has no stub")
        return self.stub_source(function_signature(task))

    def stub_source(self, signature: Signature) -> str:
        """The stub of an entry point with `signature` (see `LanguagePlugin.stub`); the built-in plugins write one.

        Raises:
            ValueError: the language cannot pass a type of the signature (as `render_driver` would).
            NotImplementedError: the plugin writes no stubs.
        """
        raise NotImplementedError(f"the {self.name} language plugin does not write solution stubs")

    def function_solution(self, code: str) -> str:
        """The solution file's text in a function task: the code itself unless the language needs a prelude."""
        return code

    def support_files(self, task: Task, code: str) -> dict[str, str]:
        """Files a function task's program needs beside the solution and the driver (runtime, node types)."""
        return {}

    def stdio_files(self, code: str) -> dict[str, str]:
        """The files of a stdio task: the solution alone."""
        return {self.solution_file: code}

    def files(self, task: Task, code: str) -> dict[str, str]:
        """The program's files: the solution alone for stdio tasks, with the driver for function tasks."""
        if task.mode != "function":
            return self.stdio_files(code)
        signature = function_signature(task)
        if signature.returns == VOID and not signature.is_design and not self.in_place:
            raise UnsupportedTask(f"the {self.name} driver does not run in-place signatures (a method returning "
                                  "nothing whose answer is its mutated arguments) yet")
        return {self.solution_file: self.function_solution(code),
                self.driver_file: self.render_driver(task, function_signature(task), code),
                **self.support_files(task, code)}

    def entry_file(self, task: Task) -> str:
        """The file the program starts from: the driver for function tasks, the solution for stdio tasks."""
        return self.driver_file if task.mode == "function" else self.solution_file


class InterpretedPlugin(DriverPlugin):
    """A language run from source: the interpreter runs the driver, or the solution itself for stdio tasks.

    There is no compile step; the driver loads the solution and reports a load failure as a compile error
    (`EXIT_COMPILE_ERROR` and the compile mark).
    """

    run_flags: ClassVar[tuple[str, ...]] = ()
    """Interpreter flags between the memory flags and the file to run."""

    def run_argv(self, task: Task) -> list[str]:
        """The interpreter, its memory flags and run flags, then the file to run."""
        return [self.binary, *self.memory_flags(task.memory_limit_mb), *self.run_flags, self.entry_file(task)]

    def render(self, task: Task, code: str, toolchain_version: str = "") -> Program:
        """Files and argv for `code`: the script itself for stdio tasks, the driver for function tasks."""
        return Program(
            language=self.name,
            files=self.files(task, code),
            compile_argv=None,
            run_argv=self.run_argv(task),
            env=dict(self.env),
            no_data_limit=not self.uses_address_space_limit(),
            toolchain=toolchain_version,
        )


class CompiledPlugin(DriverPlugin):
    """A language compiled to a binary: one compile argv, its artifacts kept, the binary run.

    The default compile argv is `<binary> <compile_flags> -o <program> <sources> <link_flags>`, with the
    driver as the source of a function task (it includes the solution) and the solution as that of a stdio
    task; a language that compiles differently overrides `sources` or `compile_argv`.
    """

    program_file: ClassVar[str] = "main"
    """The binary the compile leaves in the work directory."""
    compile_flags: ClassVar[tuple[str, ...]] = ()
    """Flags between the compiler and `-o`."""
    link_flags: ClassVar[tuple[str, ...]] = ()
    """Flags after the sources (libraries)."""

    def sources(self, task: Task, files: dict[str, str]) -> list[str]:
        """The files named on the compile command line."""
        return [self.entry_file(task)]

    def compile_argv(self, task: Task, files: dict[str, str], toolchain_version: str) -> list[str]:
        """The compile command of the program made of `files`."""
        return [self.binary, *self.compile_flags, "-o", self.program_file, *self.sources(task, files),
                *self.link_flags]

    def artifacts(self, task: Task) -> list[str]:
        """What the compile leaves behind for the run: the binary."""
        return [self.program_file]

    def run_argv(self, task: Task, files: dict[str, str]) -> list[str]:
        """The command that runs the compiled program."""
        return [f"./{self.program_file}"]

    def shared_build(self, task: Task, toolchain_version: str) -> Program | None:
        """A build the programs of this language share (precompiled headers, a runtime), or None."""
        return None

    def render(self, task: Task, code: str, toolchain_version: str = "") -> Program:
        """Files and argv for `code`: compiled alone for stdio tasks, with the driver for function tasks."""
        files = self.files(task, code)
        return Program(
            language=self.name,
            files=files,
            compile_argv=self.compile_argv(task, files, toolchain_version),
            artifacts=self.artifacts(task),
            run_argv=self.run_argv(task, files),
            env=dict(self.env),
            no_data_limit=not self.uses_address_space_limit(),
            toolchain=toolchain_version,
            shared_build=self.shared_build(task, toolchain_version),
        )
