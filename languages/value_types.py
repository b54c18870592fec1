"""The language-neutral type vocabulary of typed signatures.

A type is written as a string: `int`, `int64`, `float`, `bool`, `str`, `ListNode`, `TreeNode`, or
`list[T]` nested to any depth. Plugins map a parsed `TypeRef` onto native types and onto the code
that converts between JSON and native values; nothing else in effx looks inside a type.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

SCALARS = ("int", "int64", "float", "bool", "str")
STRUCTS = ("ListNode", "TreeNode")
_ALIASES = {"List": "list", "string": "str", "double": "float", "long": "int64", "boolean": "bool"}


@dataclass(frozen=True)
class TypeRef:
    """A parsed type: a base name (`int`, ..., `ListNode`, `list`) and, for `list`, its element type."""

    base: str
    elem: TypeRef | None = None

    def __str__(self) -> str:
        return f"list[{self.elem}]" if self.elem else self.base

    @property
    def depth(self) -> int:
        """Nesting depth of lists (0 for a scalar or struct)."""
        return 1 + self.elem.depth if self.elem else 0

    @property
    def leaf(self) -> TypeRef:
        """The innermost non-list type."""
        return self.elem.leaf if self.elem else self

    def spelled(self, names: Mapping[str, str], container: str) -> str:
        """This type written in a language: non-list types through `names`, lists as `container` formatted
        with their element's spelling (`"std::vector<{}>"`), so every type mapping recurses the same way."""
        return container.format(self.elem.spelled(names, container)) if self.elem else names[self.base]


class TypeSyntaxError(ValueError):
    """A type string that is not in the vocabulary."""


def parse_type(text: str) -> TypeRef:
    """Parse a vocabulary type string; raises TypeSyntaxError naming the valid forms."""
    t = text.strip().replace(" ", "")
    for alias, name in _ALIASES.items():
        if t == alias or t.startswith(alias + "["):
            t = name + t[len(alias):]
    if t.startswith("list[") and t.endswith("]"):
        return TypeRef("list", parse_type(t[5:-1]))
    if t in SCALARS or t in STRUCTS:
        return TypeRef(t)
    raise TypeSyntaxError(
        f"unknown type {text!r}: expected one of {', '.join(SCALARS + STRUCTS)} or list[T] of these"
    )
