"""Language plugins, one folder each, and the vocabulary they share.

`interface` is what a plugin implements, `driver_plugins` the optional base classes of the built-in plugins (a
solution file, a driver rendered from a template, a toolchain binary; compiled or interpreted),
`value_types` the language-neutral types of a typed signature, `toolchains` which compiler or interpreter
this machine has, and `entry_check` the syntactic check that a solution defines what the driver calls.
Plugins are found through `effx.registry.LANGUAGES`; the shared names are re-exported here lazily so that
importing one plugin does not load the others.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from effx.languages.driver_plugins import CompiledPlugin, DriverPlugin, InterpretedPlugin, find_binary
    from effx.languages.entry_check import Definition, EntryRules, check_entry_point
    from effx.languages.interface import LanguagePlugin, Toolchain
    from effx.languages.toolchains import toolchain_key, toolchain_version
    from effx.languages.value_types import TypeRef, TypeSyntaxError, parse_type
    from effx.registry import get_language, language_names

_EXPORTS = {
    "CompiledPlugin": "effx.languages.driver_plugins", "DriverPlugin": "effx.languages.driver_plugins",
    "InterpretedPlugin": "effx.languages.driver_plugins", "find_binary": "effx.languages.driver_plugins",
    "LanguagePlugin": "effx.languages.interface", "Toolchain": "effx.languages.interface",
    "TypeRef": "effx.languages.value_types", "TypeSyntaxError": "effx.languages.value_types",
    "parse_type": "effx.languages.value_types",
    "toolchain_key": "effx.languages.toolchains", "toolchain_version": "effx.languages.toolchains",
    "Definition": "effx.languages.entry_check", "EntryRules": "effx.languages.entry_check",
    "check_entry_point": "effx.languages.entry_check",
    "get_language": "effx.registry", "language_names": "effx.registry",
}

__all__ = ["CompiledPlugin", "Definition", "DriverPlugin", "EntryRules", "InterpretedPlugin", "LanguagePlugin",
           "Toolchain", "TypeRef", "TypeSyntaxError", "check_entry_point", "find_binary", "get_language",
           "language_names", "parse_type", "toolchain_key", "toolchain_version"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'effx.languages' has no attribute {name!r}")
