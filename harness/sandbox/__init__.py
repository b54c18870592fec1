"""Sandbox backends: where untrusted programs are compiled and run under limits."""

from effx.sandbox.base import CompileOutcome, Execution, Sandbox

__all__ = ["CompileOutcome", "Execution", "Sandbox", "get_sandbox"]


def get_sandbox(name: str = "local", **options: object) -> Sandbox:
    """The sandbox backend called `name` (`local` or `docker`), constructed with `options`."""
    if name == "local":
        from effx.sandbox.local import LocalSandbox

        return LocalSandbox(**options)  # type: ignore[arg-type]
    if name == "docker":
        from effx.sandbox.docker import DockerSandbox

        return DockerSandbox(**options)  # type: ignore[arg-type]
    from effx.registry import unknown

    raise unknown("sandbox", name, ["local", "docker"])
