"""effx: a multi-language, repository-level benchmark framework for the efficiency of code.

The public API is re-exported here lazily, so `import effx` imports nothing heavy until a name is used.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Task": "effx.models", "TestCase": "effx.models", "Sample": "effx.models", "Program": "effx.models",
    "RunResult": "effx.models", "Measurement": "effx.models", "Status": "effx.models",
    "Signature": "effx.models", "Param": "effx.models", "Checker": "effx.models", "Limits": "effx.models",
    "Reference": "effx.models",
    "get_language": "effx.registry", "language_names": "effx.registry",
    "get_suite_loader": "effx.registry", "suite_names": "effx.registry",
    "get_sandbox": "effx.sandbox",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'effx' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
