"""Lazy registries of language plugins and suites.

Names map to `module:attribute` strings and are imported on first use, so `import effx` stays cheap.
Third-party languages register through the `effx.languages` entry-point group and suites through
`effx.suites`; an unknown name answers with the closest known names.
"""

from __future__ import annotations

import difflib
import importlib
from collections.abc import Callable
from functools import cache
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from effx.plugin import LanguagePlugin
    from effx.tasks.suite import Suite

BUILTIN_LANGUAGES: dict[str, str] = {
    "python": "effx.languages.python.plugin:PythonPlugin",
    "cpp": "effx.languages.cpp.plugin:CppPlugin",
    "c": "effx.languages.c.plugin:CPlugin",
    "rust": "effx.languages.rust.plugin:RustPlugin",
    "go": "effx.languages.go.plugin:GoPlugin",
    "java": "effx.languages.java.plugin:JavaPlugin",
    "javascript": "effx.languages.javascript.plugin:JavaScriptPlugin",
    "ruby": "effx.languages.ruby.plugin:RubyPlugin",
}

BUILTIN_SUITES: dict[str, str] = {
    "core": "effx.tasks.core:load_core",
    "mercury": "effx.tasks.mercury:load_mercury",
    "venus": "effx.tasks.venus:load_venus",
    "effibench-x": "effx.tasks.effibenchx:load_effibenchx",
}


class UnknownNameError(LookupError):
    """A name that is not registered; the message lists close matches and every known name."""


def _resolve(target: str) -> Any:
    module, _, attr = target.partition(":")
    return getattr(importlib.import_module(module), attr)


def _with_entry_points(builtin: dict[str, str], group: str) -> dict[str, str]:
    names = dict(builtin)
    for ep in entry_points(group=group):
        names.setdefault(ep.name, ep.value)
    return names


def unknown(kind: str, name: str, known: list[str]) -> UnknownNameError:
    """Build the error for an unknown `kind` called `name`, suggesting close matches."""
    close = difflib.get_close_matches(name, known, n=3)
    hint = f" Did you mean {', '.join(close)}?" if close else ""
    return UnknownNameError(f"unknown {kind} {name!r}.{hint} Known: {', '.join(sorted(known))}.")


def language_names() -> list[str]:
    """Every registered language name."""
    return sorted(_with_entry_points(BUILTIN_LANGUAGES, "effx.languages"))


@cache
def get_language(name: str) -> LanguagePlugin:
    """The plugin registered as `name` (instantiated once)."""
    names = _with_entry_points(BUILTIN_LANGUAGES, "effx.languages")
    if name not in names:
        raise unknown("language", name, list(names))
    plugin_cls: Callable[[], LanguagePlugin] = _resolve(names[name])
    return plugin_cls()


def suite_names() -> list[str]:
    """Every registered suite name."""
    return sorted(_with_entry_points(BUILTIN_SUITES, "effx.suites"))


def get_suite_loader(name: str) -> Callable[..., Suite]:
    """The loader function of the suite `name`."""
    names = _with_entry_points(BUILTIN_SUITES, "effx.suites")
    if name not in names:
        raise unknown("suite", name, list(names))
    loader: Callable[..., Suite] = _resolve(names[name])
    return loader
