"""Untrusted Python scripts run in the sandbox: how suites that ship generator code get their cases.

Task loaders never start a process (tasks are data); a loader that has generators to run takes an
`OpenScripts` (`effx.tasks.public.generate`). This is the one effx hands them: a sandbox backend opened for
the batch of generators and closed after, running each script with the Python interpreter the python
plugin would use for solutions.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from effx.models import Limits, Program
from effx.tasks.public.generate import ScriptRun, ScriptRunner

__all__ = ["sandbox_scripts"]


@contextmanager
def sandbox_scripts(sandbox: str = "local") -> Iterator[ScriptRunner]:
    """Yield a script runner backed by the sandbox `sandbox`, closed when the block ends."""
    from effx.languages.python.plugin import find_interpreter
    from effx.sandbox import get_sandbox

    with get_sandbox(sandbox) as backend:

        def run(files: dict[str, str], script: str, *, env: dict[str, str], limits: Limits,
                outputs: tuple[str, ...]) -> ScriptRun | str:
            program = Program(language="python", files=files, run_argv=[find_interpreter(), "-B", script], env=env)
            compiled = backend.compile(program)
            if not compiled.ok:
                return compiled.sandbox_error or compiled.message
            return backend.run(program, compiled, limits=limits, outputs=outputs)

        yield run
