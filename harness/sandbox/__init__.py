"""Sandbox backends: where untrusted programs are compiled and run under limits."""

from effx.sandbox.base import CompileOutcome, Execution, Sandbox

__all__ = ["CompileOutcome", "Execution", "Sandbox", "get_sandbox"]


def get_sandbox(name: str = "local", **options: object) -> Sandbox:
    """The sandbox backend registered as `name` (`local`, `docker`, ...), constructed with `options`."""
    from effx.registry import SANDBOXES

    return SANDBOXES.get(name)(**options)
