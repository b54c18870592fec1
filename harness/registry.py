"""One lazy, typed registry for every pluggable kind: languages, suites, metrics, sandboxes, executors.

Names map to `module:attribute` strings that are imported on first use, so `import effx` stays cheap and
listing names never imports a plugin. Each registry has an entry-point group through which other
distributions add names without editing effx (`[project.entry-points."effx.languages"]`, ...), and a
`register` decorator for objects defined in code; a registry whose members register themselves that way
names the modules to import before it answers. An unknown name answers with the closest known names.
"""

from __future__ import annotations

import difflib
import functools
import importlib
import inspect
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

if TYPE_CHECKING:
    from effx.languages.interface import LanguagePlugin
    from effx.orchestrate.executors.batch import Executor
    from effx.sandbox.base import Sandbox
    from effx.tasks.suite import Suite

T = TypeVar("T")

__all__ = ["EXECUTORS", "LANGUAGES", "METRICS", "Registry", "SANDBOXES", "SUITES", "UnknownNameError",
           "get_language", "get_suite_loader", "language_names", "suite_names", "unknown"]


class UnknownNameError(LookupError):
    """A name that is not registered; the message lists close matches and every known name."""


def unknown(kind: str, name: str, known: Iterable[str]) -> UnknownNameError:
    """Build the error for an unknown `kind` called `name`, suggesting close matches."""
    known = list(known)
    close = difflib.get_close_matches(name, known, n=3)
    hint = f" Did you mean {', '.join(close)}?" if close else ""
    return UnknownNameError(f"unknown {kind} {name!r}.{hint} Known: {', '.join(sorted(known))}.")


def _resolve(target: str) -> Any:
    module, _, attr = target.partition(":")
    return getattr(importlib.import_module(module), attr)


class Registry(Generic[T]):
    """Names of one kind of plugin, resolved to objects of type `T` on first use.

    Args:
        kind: What a name stands for, in messages (`language`, `metric`, ...).
        group: Entry-point group that extends the registry from other distributions.
        builtin: Built-in names and the `module:attribute` each resolves to.
        modules: Modules whose members register themselves with `register`; imported before the
            registry lists or looks up a name it does not already know.
    """

    def __init__(self, kind: str, group: str, builtin: Mapping[str, str] | None = None, *,
                 modules: tuple[str, ...] = ()):
        self.kind = kind
        self.group = group
        self._builtin = dict(builtin or {})
        self._modules = modules
        self._registered: dict[str, T] = {}

    def register(self, name: str) -> Callable[[T], T]:
        """Decorator: make the decorated object available as `name`.

        Raises:
            RuntimeError: another object is already registered as `name`.
        """

        def add(obj: T) -> T:
            current = self._registered.get(name)
            if current is not None and current is not obj:
                raise RuntimeError(f"{self.kind} {name!r} is registered twice: rename one in "
                                   f"{getattr(obj, '__module__', '?')}")
            self._registered[name] = obj
            return obj

        return add

    def _targets(self) -> dict[str, str]:
        targets = dict(self._builtin)
        for ep in entry_points(group=self.group):
            targets.setdefault(ep.name, ep.value)
        return targets

    def _import_modules(self) -> None:
        for module in self._modules:
            importlib.import_module(module)

    def names(self) -> list[str]:
        """Every registered name, sorted."""
        self._import_modules()
        return sorted({*self._targets(), *self._registered})

    def in_order(self) -> list[str]:
        """Every registered name in the order given: built-in, then entry points, then decorated objects."""
        self._import_modules()
        return list(dict.fromkeys([*self._targets(), *self._registered]))

    def get(self, name: str) -> T:
        """The object registered as `name`.

        Raises:
            UnknownNameError: `name` is not registered; the message lists close matches.
        """
        if name in self._registered:
            return self._registered[name]
        targets = self._targets()
        if name in targets:
            return cast(T, _resolve(targets[name]))
        self._import_modules()
        if name in self._registered:
            return self._registered[name]
        raise unknown(self.kind, name, self.names())


LANGUAGES: Registry[Callable[[], LanguagePlugin]] = Registry("language", "effx.languages", {
    "python": "effx.languages.python.plugin:PythonPlugin",
    "cpp": "effx.languages.cpp.plugin:CppPlugin",
    "c": "effx.languages.c.plugin:CPlugin",
    "rust": "effx.languages.rust.plugin:RustPlugin",
    "go": "effx.languages.go.plugin:GoPlugin",
    "java": "effx.languages.java.plugin:JavaPlugin",
    "javascript": "effx.languages.javascript.plugin:JavaScriptPlugin",
    "ruby": "effx.languages.ruby.plugin:RubyPlugin",
})
"""Language plugin classes; `get_language` instantiates each once."""

SUITES: Registry[Callable[..., Suite]] = Registry("suite", "effx.suites", {
    "core": "effx.tasks.core:load_core",
    "mercury": "effx.tasks.mercury_suite:load_mercury",
    "venus": "effx.tasks.venus_suite:load_venus",
    "effibench-x": "effx.tasks.effibenchx_suite:load_effibenchx",
})
"""Suite loaders: `loader(with_cases=..., data=..., ...) -> Suite`."""

METRICS: Registry[Callable[..., Any]] = Registry("metric", "effx.metrics", modules=(
    "effx.scoring.passk",
    "effx.scoring.mercury",
    "effx.scoring.codearena",
    "effx.scoring.effibench",
    "effx.scoring.effibenchx",
    "effx.scoring.afterburner",
    "effx.scoring.afterburner_reward",
    "effx.scoring.sweperf",
    "effx.scoring.pie",
    "effx.scoring.evalperf",
))
"""Pure metric functions; each module registers its own with `@METRICS.register(name)`."""

SANDBOXES: Registry[Callable[..., Sandbox]] = Registry("sandbox", "effx.sandboxes", {
    "local": "effx.sandbox.local:LocalSandbox",
    "docker": "effx.sandbox.docker:DockerSandbox",
})
"""Sandbox backends, constructed with the caller's options."""

EXECUTORS: Registry[type[Executor]] = Registry("executor", "effx.executors", {
    "serial": "effx.orchestrate.executors.pool:SerialExecutor",
    "pool": "effx.orchestrate.executors.pool:PoolExecutor",
    "ray": "effx.orchestrate.executors.ray:RayExecutor",
})
"""Where task batches run; each class builds itself from the run's options (`Executor.from_options`)."""


def language_names() -> list[str]:
    """Every registered language name."""
    return LANGUAGES.names()


@cache
def get_language(name: str) -> LanguagePlugin:
    """The plugin registered as `name` (instantiated once)."""
    return LANGUAGES.get(name)()


def suite_names() -> list[str]:
    """Every registered suite name."""
    return SUITES.names()


def get_suite_loader(name: str) -> Callable[..., Suite]:
    """The loader function of the suite `name`, given what it needs from the rest of effx.

    A loader that runs a dataset's generator code declares a `scripts` parameter and receives a sandbox
    to run it in (`effx.orchestrate.scripts.sandbox_scripts`), so the suite's own code never starts a
    process; a caller may still pass its own `scripts`.
    """
    loader = SUITES.get(name)
    if "scripts" not in inspect.signature(loader).parameters:
        return loader
    from effx.orchestrate.scripts import sandbox_scripts

    return functools.partial(loader, scripts=sandbox_scripts)
