"""The language plugin interface.

A plugin *describes* how to build and run a solution in its language; it never starts a process, so it
can be unit-tested without a toolchain. All process control lives in the sandbox backends.

Protocol between effx and a rendered program (the driver):

* Function tasks: the work directory holds `cases.json`, a JSON list with one entry per case, each the
  list of positional arguments (ListNode as a JSON array, TreeNode as a LeetCode level-order array with
  `null`). The driver builds native values, calls the solution once per case, timing only the call
  with a monotonic clock, and writes `result.json`:
  `{"outputs": [<JSON value per case>], "times_ns": [<int per case>]}`. Outputs are converted back to
  JSON after the clock stops (ListNode -> array, TreeNode -> level-order array, trailing nulls trimmed).
  A solution exception exits non-zero with the error on stderr (the exit codes are in
  `effx.languages.driver_plugins`). The solution may print freely: stdout is not part of the protocol.
* `EFFX_SKIP_CALLS=1` in the environment: the driver does everything except calling the solution and
  converting its results (start-up, loading the solution, reading `cases.json`, building every case's
  native arguments, kept reachable so no compiler drops them) and writes empty lists. Set to any other
  value, it runs normally but writes every time as 0 (instruction counting subtracts a skip run from
  such a run, and the digits of varying times would vary the count). The mode is read before the
  solution loads, so the solution's start-up code cannot change it. A skip run of `stub` costs what the
  driver alone costs.
* Stdio tasks: the program reads the case's input on stdin and writes its answer to stdout.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from effx.models import Program, Signature, Task

if TYPE_CHECKING:
    import jinja2

    from effx.languages.entry_check import EntryRules


class UnsupportedTask(ValueError):
    """A plugin cannot run this kind of task (not the solution's fault: its result is a sandbox_error)."""


@dataclass(frozen=True)
class Toolchain:
    """How to find out whether a language's toolchain is installed."""

    version_argv: list[str]
    """Command printing the compiler's/interpreter's version."""
    install_hint: str
    """What to run when it is missing (e.g. `apt-get install g++`)."""


@cache
def driver_template(path: Path) -> jinja2.Template:
    """The jinja2 template at `path` (a plugin's driver), parsed once per process.

    Undefined variables raise instead of rendering as empty text, so a driver never compiles with a hole
    in it. jinja2 is imported on first use, which keeps loading a plugin cheap.
    """
    import jinja2

    text = path.read_text(encoding="utf-8")
    return jinja2.Environment(undefined=jinja2.StrictUndefined, keep_trailing_newline=True).from_string(text)


class LanguagePlugin(ABC):
    """One language: file layout, compile/run argv and driver rendering."""

    name: str
    """Registry name (e.g. `python`, `cpp`)."""
    display_name: str
    """Human name (e.g. `C++`)."""
    extension: str
    """Source file extension without the dot, for extraction and references (`py`, `cpp`)."""
    toolchain: Toolchain
    """Version probe and install hint."""
    solution_shape: str
    """One-line description of the shape a solution must have, for `effx languages --help`."""
    entry_rules: EntryRules | None = None
    """How to find the definitions a solution offers the driver; None switches the entry-point check off."""
    repetitions: Literal["fork", "in_process"] | None = None
    """How the driver's repeat mode (`EFFX_REPEAT`) keeps repetitions apart: `fork` runs every pass in a
    fresh fork of the loaded solution, `in_process` runs them one after another in one process (fresh
    arguments and instances, shared static state); None: the driver has no repeat mode, and every
    repetition is a process of its own."""

    @abstractmethod
    def render(self, task: Task, code: str, toolchain_version: str = "") -> Program:
        """Turn a task and a solution's source into a Program (files, compile argv, run argv)."""

    def stub(self, task: Task) -> str:
        """The source of a minimal solution of the function task `task`, whose body is never meant to run.

        It has the shape `render` expects (the class and method names the driver calls, parameters and
        return value typed from the signature in the language's LeetCode spelling, node types as the
        driver provides them), so it serves as the starter code shown to a code model and, run with
        `EFFX_SKIP_CALLS=1`, as the program whose cost is that of the driver alone: everything a
        measured run does except the solution's calls, with no judged code in it. Its body fails when
        called (raises, panics or aborts) rather than return a plausible value.

        Raises:
            ValueError: `task` is a stdio task (the solution is the whole program, so there is no
                driver to keep), has no signature, or has types the language cannot pass.
            NotImplementedError: the plugin cannot write stubs (the default, for third-party plugins).
        """
        raise NotImplementedError(f"the {self.name} language plugin does not write solution stubs")

    def entry_call(self, signature: Signature) -> tuple[list[str], list[str]] | None:
        """(accepted names, parameter names in call order) of the entry point the driver calls.

        None when the plugin refuses the signature; its `render` then says why, more precisely.
        """
        return [signature.name], [p.name for p in signature.params]

    def memory_flags(self, memory_mb: int) -> list[str]:
        """Runtime flags that impose the memory limit inside the runtime itself (e.g. Java's -Xmx)."""
        return []

    def uses_address_space_limit(self) -> bool:
        """Whether RLIMIT_DATA may be applied (false for runtimes that reserve huge address ranges)."""
        return True
