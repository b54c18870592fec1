"""Programs on any backend: compile once into a content-hash cache (`Sandbox.run` then runs them).

Compiling is a plain `ExecRequest`, so every backend gets it for free and it behaves the same
everywhere. A compile runs the program's compile argv in a fresh work directory and collects what it
produced into a staging folder, which is published into `Sandbox.build_dir` read-only and with one
rename, so a crash never leaves a half-written entry that looks complete (an entry is complete once its
MARKER file exists).
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from effx.models import Program
from effx.sandbox.base import CompileOutcome, ExecRequest, Execution, Sandbox
from effx.sandbox.workdir import (
    COMPILE_LIMITS,
    MARKER,
    STDERR_TAIL,
    make_read_only,
    relative_path,
    remove_tree,
)

COMMAND_NOT_FOUND = 127
"""Exit code of a shell whose command does not exist: a compile script exiting so lacks its compiler."""


def compile_program(sandbox: Sandbox, program: Program) -> CompileOutcome:
    """Compile `program` on `sandbox` (see the module docstring); cached builds cost nothing."""
    try:
        final = sandbox.build_dir(program.language) / program.content_hash()
    except LookupError as error:  # the backend cannot build this language at all
        return CompileOutcome(ok=False, message="", seconds=0.0, cached=False, directory=sandbox.cache_dir,
                              sandbox_error=str(error))
    if (final / MARKER).is_file():
        return CompileOutcome(ok=True, message="", seconds=0.0, cached=True, directory=final)
    final.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{final.name}-", dir=final.parent))
    try:
        seconds = 0.0
        if program.compile_argv:
            started = time.perf_counter()
            execution = sandbox.exec(ExecRequest(
                argv=program.compile_argv, environment=program.language, limits=COMPILE_LIMITS, env=program.env,
                stage=_shared_build(sandbox, program), files=_encoded(program.files), collect_dir=staging,
                collect=(*program.files, *program.artifacts) if program.artifacts else None, no_data_limit=True,
            ))
            seconds = time.perf_counter() - started
            failure = compile_failure(program, execution, staging)
            if failure is not None:
                message, sandbox_error = failure
                return CompileOutcome(ok=False, message=message, seconds=seconds, cached=False, directory=final,
                                      sandbox_error=sandbox_error)
        else:
            for name, content in program.files.items():
                target = staging / relative_path(name)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(content, encoding="utf-8")
        _publish(staging, program, final)
    finally:
        if staging.exists():
            remove_tree(staging)
    return CompileOutcome(ok=True, message="", seconds=seconds, cached=False, directory=final)


def compile_failure(program: Program, execution: Execution, collected: Path) -> tuple[str, str | None] | None:
    """(message, sandbox_error) when compiling failed, None when it succeeded."""
    if execution.sandbox_error:
        return "", execution.sandbox_error.replace("cannot start the program", "cannot start the compiler")
    if execution.exit_code == COMMAND_NOT_FOUND and program.compile_argv and program.compile_argv[0] == "sh":
        return "", "cannot start the compiler: the compile script exited 127 (command not found)"
    if execution.exit_code == 0 and not execution.timed_out and not execution.memory_exceeded:
        missing = [name for name in program.artifacts if not (collected / relative_path(name)).exists()]
        if not missing:
            return None
        return f"the compiler succeeded but did not produce {', '.join(missing)}", None
    text = execution.stderr_tail.strip() or execution.stdout[-STDERR_TAIL:].strip().decode("utf-8", "replace")
    if execution.timed_out:
        text = f"compilation exceeded {COMPILE_LIMITS.wall_s:.0f} s\n{text}"
    elif execution.memory_exceeded:
        text = f"compilation exceeded {COMPILE_LIMITS.memory_mb} MB of memory\n{text}"
    elif execution.signal:
        text = f"the compiler was killed by signal {execution.signal}\n{text}"
    return text, None


def _shared_build(sandbox: Sandbox, program: Program) -> Path | None:
    """The compiled directory of `program.shared_build`, built on first use; None if absent or failed.

    A shared build only saves time, so when it fails the program compiles without it (once warned).
    """
    if program.shared_build is None or not sandbox.shares_builds:
        return None
    outcome = compile_program(sandbox, program.shared_build)
    if outcome.ok:
        return outcome.directory
    warning = (f"the shared {program.language} build (e.g. a precompiled header) failed, compiling without it: "
               f"{(outcome.sandbox_error or outcome.message).strip()[-500:]}")
    if warning not in sandbox.warnings:
        sandbox.warnings.append(warning)
    return None


def _encoded(files: dict[str, str]) -> dict[str, bytes]:
    return {name: content.encode("utf-8") for name, content in files.items()}


def _publish(staging: Path, program: Program, final: Path) -> None:
    """Make a collected build the cache entry `final`: read-only, marked complete, visible with one rename."""
    make_read_only(staging)
    (staging / MARKER).write_text(program.content_hash())
    staging.chmod(0o755)
    if final.exists() and not (final / MARKER).is_file():
        remove_tree(final)  # left behind incomplete by something else; ours is complete
    try:
        os.rename(staging, final)
    except OSError:
        if not (final / MARKER).is_file():
            raise
        # another process published the same program first; theirs is identical
