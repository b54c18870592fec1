"""C11 with gcc -O2: LeetCode-style free functions compiled together with a generated driver.

Function tasks: `solution.c` holds the candidate unchanged; `main.c` (rendered from `driver.c.j2`)
includes the usual headers, defines LeetCode's `struct ListNode` and `struct TreeNode` (left out when the
solution declares them itself), then `#include`s the solution and calls the function named exactly as
the signature (camelCase, as LeetCode's C templates do).

C has no containers, so lists follow LeetCode's C calling convention, which this plugin fixes as:

* scalars: `int`, `long long` (int64), `double` (float), `bool` (`<stdbool.h>`), `char*` (str: a
  NUL-terminated, writable, heap-allocated copy);
* `ListNode` -> `struct ListNode*`, `TreeNode` -> `struct TreeNode*`;
* a `list[T]` parameter is two arguments: `T* arr, int arrSize` (`char** words, int wordsSize` for
  list[str], `struct ListNode** lists, int listsSize` for list[ListNode]);
* a `list[list[T]]` parameter is three: `T** grid, int gridSize, int* gridColSize`;
* a `list[T]` return value is `T*` and the function takes a trailing `int* returnSize`;
* a `list[list[T]]` return value is `T**` with trailing `int* returnSize, int** returnColumnSizes`.

T is any scalar, ListNode or TreeNode. Lists nested deeper than two levels have no LeetCode C
convention and are refused with a ValueError when rendering. Memory the solution returns is never freed
by the driver (LeetCode's "assume the caller calls free()" is moot in a process that exits).

Design tasks (a class driven through its methods) follow LeetCode's C templates: the solution defines
`typedef struct {...} LRUCache;`, `LRUCache* lRUCacheCreate(int capacity)`, one function per method named
by the class with its first letter lowercased and the method with its first letter uppercased, taking the
instance first (`int lRUCacheGet(LRUCache* obj, int key)`, lists and list returns as above), and
`void lRUCacheFree(LRUCache* obj)`, which the driver calls after the clocks stopped.

Flags: `gcc -O2 -std=c11 -D_GNU_SOURCE` (POSIX/GNU functions such as `strdup` declared, as under
judges' GNU C) `-pthread -lm`. Stdio tasks: the solution is compiled alone and is the whole program.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from effx.languages.c_family import c_functions, c_top_level, code_only
from effx.languages.driver_plugins import CompiledPlugin, c_style_name, unreserved
from effx.languages.entry_check import Definition, EntryRules
from effx.languages.value_types import TypeRef, parse_type
from effx.models import VOID, Param, Signature, Task

if TYPE_CHECKING:
    from tree_sitter import Node

CFLAGS = ("-O2", "-std=c11", "-D_GNU_SOURCE", "-pipe", "-pthread", "-DONLINE_JUDGE")
LIBS = ("-lm",)

_ELEMENTS = {
    # vocabulary type -> (C type, suffix of the driver's helper functions)
    "int": ("int", "int"),
    "int64": ("long long", "i64"),
    "float": ("double", "f64"),
    "bool": ("bool", "bool"),
    "str": ("char*", "str"),
    "ListNode": ("struct ListNode*", "list_node"),
    "TreeNode": ("struct TreeNode*", "tree_node"),
}


@dataclass(frozen=True)
class CParam:
    """How one parameter is declared before the call and passed in it."""

    decl: str
    """Statements building the native value(s) of argument `a<i>` from `args->items[<i>]`."""
    args: str
    """The C arguments it becomes, e.g. `a0, a0_n`."""


@dataclass(frozen=True)
class CReturn:
    """How the return value is declared, received and written out."""

    decl: str
    """Declarations made before the clock starts."""
    extra_args: str
    """Trailing out-parameters of the call (`, &ret_n`), or empty."""
    put: str
    """Statement appending the value to the output buffer `out`."""


def _element(ref: TypeRef, where: str) -> tuple[str, str]:
    if ref.base not in _ELEMENTS:
        raise ValueError(f"the C plugin cannot pass {where} of type {ref}: the C convention supports "
                         "scalars, ListNode, TreeNode, list[T] and list[list[T]] of these")
    return _ELEMENTS[ref.base]


def _shape(type_text: str, where: str) -> tuple[int, str, str]:
    """(list depth, C element type, helper suffix) of a vocabulary type; depth above 2 is refused."""
    ref = parse_type(type_text)
    if ref.depth > 2:
        raise ValueError(
            f"the C plugin cannot pass {where} of type {ref}: C has no LeetCode convention for lists nested "
            "deeper than list[list[T]]; write this task's C variant with a flattened signature or skip C"
        )
    ctype, suffix = _element(ref.leaf, where)
    return ref.depth, ctype, suffix


def c_param(index: int, type_text: str) -> CParam:
    """Declaration and call arguments of parameter `index` (see the module docstring for the convention)."""
    depth, ctype, sfx = _shape(type_text, f"parameter {index}")
    a, src = f"a{index}", f"&args->items[{index}]"
    if depth == 0:
        return CParam(f"{ctype} {a} = effx_get_{sfx}({src});", a)
    if depth == 1:
        return CParam(f"int {a}_n = 0; {ctype}* {a} = effx_get_{sfx}_array({src}, &{a}_n);", f"{a}, {a}_n")
    grid = f"effx_get_{sfx}_grid({src}, &{a}_n, &{a}_cols)"
    return CParam(f"int {a}_n = 0; int* {a}_cols = NULL; {ctype}** {a} = {grid};", f"{a}, {a}_n, {a}_cols")


def c_return(type_text: str) -> CReturn:
    """Declarations, out-parameters and output statement of the return value."""
    depth, ctype, sfx = _shape(type_text, "the return value")
    if depth == 0:
        return CReturn(f"{ctype} value;", "", f"effx_put_{sfx}(&out, value);")
    if depth == 1:
        return CReturn(f"int ret_n = 0; {ctype}* value;", ", &ret_n",
                       f"effx_put_{sfx}_array(&out, value, ret_n);")
    return CReturn(f"int ret_n = 0; int* ret_cols = NULL; {ctype}** value;", ", &ret_n, &ret_cols",
                   f"effx_put_{sfx}_grid(&out, value, ret_n, ret_cols);")


RESERVED = frozenset(
    "auto break case char const continue default do double else enum extern float for goto if inline int long "
    "register restrict return short signed sizeof static struct switch typedef union unsigned void volatile while "
    "bool true false".split())
"""C11's keywords, and the names `<stdbool.h>` defines as macros: no parameter of a stub may be called so."""
_RETURN_NOTES = {
    1: "/* The returned array must be malloc'ed; set *returnSize to its length. */\n",
    2: ("/* The returned array and *returnColumnSizes must be malloc'ed; set *returnSize to the number of rows\n"
        " * and (*returnColumnSizes)[i] to the length of row i. */\n"),
}


def c_stub(signature: Signature) -> str:
    """A free function of the signature in the C convention of the module docstring, whose body aborts.

    `abort` never returns, so the function compiles without a return value, whatever the return type.
    """
    params: list[str] = []
    for index, p in enumerate(signature.params):
        depth, ctype, _ = _shape(p.type, f"parameter {index}")
        name = unreserved(p.name, RESERVED)
        params += [f"{ctype}{'*' * depth} {name}", f"int {name}Size", f"int* {name}ColSize"][:depth + 1]
    depth, ctype, _ = _shape(signature.returns, "the return value")
    params += ["int* returnSize", "int** returnColumnSizes"][:depth]
    return (f"{_RETURN_NOTES.get(depth, '')}{ctype}{'*' * depth} {signature.name}({', '.join(params) or 'void'}) {{\n"
            "    abort();\n}\n")


def _design_param(mi: int, j: int, type_text: str, where: str) -> tuple[list[str], str, str]:
    """(declarations, fill statement, call arguments) of parameter `j` of design method `mi`: one array per
    parameter (and per size), indexed by the operation's position `k`."""
    depth, ctype, sfx = _shape(type_text, where)
    v, src = f"m{mi}_a{j}", f"&a->items[{j}]"
    stars = "*" * (depth + 1)
    decls = [f"{ctype}{stars} {v} = effx_alloc(sizeof({ctype}{stars[1:]}) * (size_t)n);"]
    if depth == 0:
        return decls, f"{v}[k] = effx_get_{sfx}({src});", f"{v}[k]"
    decls.append(f"int* {v}_n = effx_alloc(sizeof(int) * (size_t)n);")
    if depth == 1:
        return decls, f"{v}[k] = effx_get_{sfx}_array({src}, &{v}_n[k]);", f"{v}[k], {v}_n[k]"
    decls.append(f"int** {v}_cols = effx_alloc(sizeof(int*) * (size_t)n);")
    return (decls, f"{v}[k] = effx_get_{sfx}_grid({src}, &{v}_n[k], &{v}_cols[k]);",
            f"{v}[k], {v}_n[k], {v}_cols[k]")


def _design_return(mi: int, type_text: str, where: str) -> tuple[list[str], str, str, str]:
    """(declarations, assignment prefix, trailing out-arguments, output statement) of design method `mi`'s
    results, kept per operation until the clocks stopped."""
    if type_text == VOID:
        return [], "", "", 'effx_adds(&out, "null");'
    depth, ctype, sfx = _shape(type_text, where)
    r = f"m{mi}_r"
    stars = "*" * (depth + 1)
    decls = [f"{ctype}{stars} {r} = effx_alloc(sizeof({ctype}{stars[1:]}) * (size_t)n);"]
    if depth == 0:
        return decls, f"{r}[k] = ", "", f"effx_put_{sfx}(&out, {r}[k]);"
    decls.append(f"int* {r}_n = effx_alloc(sizeof(int) * (size_t)n);")
    if depth == 1:
        return decls, f"{r}[k] = ", f", &{r}_n[k]", f"effx_put_{sfx}_array(&out, {r}[k], {r}_n[k]);"
    decls.append(f"int** {r}_cols = effx_alloc(sizeof(int*) * (size_t)n);")
    return (decls, f"{r}[k] = ", f", &{r}_n[k], &{r}_cols[k]",
            f"effx_put_{sfx}_grid(&out, {r}[k], {r}_n[k], {r}_cols[k]);")


def c_design(signature: Signature) -> dict[str, object]:
    """What the driver template needs of a design signature, in the C convention of the module docstring."""
    cls = signature.name
    methods: list[dict[str, object]] = []
    create = ""
    for mi, (name, params, returns) in enumerate(
            [(cls, signature.params, VOID), *((m.name, m.params, m.returns) for m in signature.methods or ())]):
        decls: list[str] = []
        fills: list[str] = []
        args: list[str] = []
        for j, p in enumerate(params):
            d, fill, arg = _design_param(mi, j, p.type, f"parameter {p.name!r} of {name}")
            decls += d
            fills.append(fill)
            args.append(arg)
        if mi == 0:
            create = f"{c_style_name(cls, 'Create')}({', '.join(a.replace('[k]', '[0]') for a in args)})"
            methods.append({"name": name, "arity": len(params), "decls": decls, "fills": fills})
            continue
        rdecls, assign, extra, put = _design_return(mi, returns, f"the return value of {name}")
        call = f"{assign}{c_style_name(cls, name)}({', '.join(['instance', *args])}{extra})"
        methods.append({"name": name, "arity": len(params), "decls": decls + rdecls, "fills": fills,
                        "call": call, "put": put})
    return {"cls": cls, "methods": methods, "create": create, "free": f"{c_style_name(cls, 'Free')}(instance)"}


def c_design_stub(signature: Signature) -> str:
    """LeetCode's C starter code of a design problem: the struct, `xCreate`, one function per method, `xFree`."""
    cls = signature.name

    def params(items: list[Param], where: str) -> list[str]:
        out: list[str] = []
        for p in items:
            depth, ctype, _ = _shape(p.type, where)
            name = unreserved(p.name, RESERVED)
            out += [f"{ctype}{'*' * depth} {name}", f"int {name}Size", f"int* {name}ColSize"][:depth + 1]
        return out

    body = " {\n    abort();\n}\n"
    lines = [f"typedef struct {{\n    int unused; /* the class's fields */\n}} {cls};\n\n",
             f"{cls}* {c_style_name(cls, 'Create')}({', '.join(params(signature.params, 'the constructor')) or 'void'})"
             + body]
    for m in signature.methods or ():
        extra: list[str] = []
        if m.returns == VOID:
            returns = "void"
        else:
            depth, ctype, _ = _shape(m.returns, f"the return value of {m.name}")
            returns = f"{ctype}{'*' * depth}"
            extra = ["int* returnSize", "int** returnColumnSizes"][:depth]
            if depth:
                lines.append("\n" + _RETURN_NOTES[depth].rstrip("\n"))
        lines.append(f"\n{returns} {c_style_name(cls, m.name)}"
                     f"({', '.join([f'{cls}* obj', *params(m.params, m.name), *extra])})" + body)
    lines.append(f"\nvoid {c_style_name(cls, 'Free')}({cls}* obj)" + body)
    return "".join(lines)


def declares_struct(source: str, name: str) -> bool:
    """Whether the code (comments and literals aside) defines `struct <name> {`."""
    return re.search(rf"\bstruct\s+{re.escape(name)}\s*\{{", code_only(source)) is not None


# --- The definitions the driver could call, for the entry-point check ---------------------------------

def _c_defs(root: Node) -> Iterator[Definition]:
    return c_functions(node for node in c_top_level(root) if node.type == "function_definition")


class CPlugin(CompiledPlugin):
    """GNU C (`gcc -O2 -std=c11`), LeetCode's C calling convention for arrays."""

    entry_rules = EntryRules(grammar="c", kind="function", extract=_c_defs)
    repetitions = "fork"
    compile_flags = CFLAGS
    link_flags = LIBS

    def entry_call(self, signature: Signature) -> tuple[list[str], list[str]] | None:
        """Arrays bring their sizes, and list returns their out-parameters, as the driver passes them."""
        if signature.methods is not None:  # the design class's constructor function
            return [c_style_name(signature.name, "Create")], [p.name for p in signature.params]
        params = [p.name for p in signature.params]
        try:
            counts = [len(c_param(i, p.type).args.split(",")) for i, p in enumerate(signature.params)]
            extra = c_return(signature.returns).extra_args.count(",")
        except ValueError:
            return None
        params = [n for p, k in zip(params, counts, strict=True) for n in [p, f"{p}Size", f"{p}ColSize"][:k]]
        return [signature.name], params + ["returnSize", "returnColumnSizes"][:extra]

    def stub_source(self, signature: Signature) -> str:
        """See `c_stub` (and `c_design_stub` for a design signature)."""
        return c_design_stub(signature) if signature.methods is not None else c_stub(signature)

    def render_driver(self, task: Task, signature: Signature, code: str) -> str:
        """The driver source (`main.c`) for a function task; raises ValueError for types C cannot pass."""
        if signature.methods is not None:
            return self.template("driver.c.j2", design=c_design(signature),
                                 define_list_node=not declares_struct(code, "ListNode"),
                                 define_tree_node=not declares_struct(code, "TreeNode"))
        params = [c_param(i, p.type) for i, p in enumerate(signature.params)]
        ret = c_return(signature.returns)
        call_args = ", ".join(p.args for p in params)
        if not params:
            ret = CReturn(ret.decl, ret.extra_args.lstrip(", "), ret.put)
        return self.template(
            "driver.c.j2",
            params=params,
            arity=len(params),
            ret=ret,
            call=f"{signature.name}({call_args}{ret.extra_args})",
            design=None,
            define_list_node=not declares_struct(code, "ListNode"),
            define_tree_node=not declares_struct(code, "TreeNode"),
        )
