"""Reference solutions in more languages, taken from Venus files and matched to problems by slug.

Mercury ships Python solutions only; Venus (`Elfsong/Venus`) ships LeetCode solutions of the same
problems in python3, cpp, java, golang, javascript and rust, one configuration per language. Beyond
compares a candidate with references *in its own language*, so a C++ run of Mercury needs Venus's C++
solutions. Files are recognised by name, in the `--data` folder or in `$EFFX_VENUS_DIR`:

* `venus-<language>.<ext>` or `venus_<language>.<ext>` (ext parquet, jsonl or json), e.g. `venus-cpp.jsonl`;
* Hugging Face's own layout, `<language>/**/*.parquet`, in a `venus/` subfolder of the `--data` folder or
  directly in `$EFFX_VENUS_DIR`.

A Venus row is keyed by LeetCode's internal `question_id` and by its slug `name`; Mercury's `id` is
the front-end number, so problems join on the slug (a `title` is slugified when no slug is present).
Solutions come from `solutions` (entries with `passed` false are left out) or, in the raw per-language
rows, from `rt_list` and `mm_list`. Identical code is kept once.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from effx.models import Reference
from effx.tasks.public.rows import DATA_EXTENSIONS, data_files, effx_language, read_rows, slugify
from effx.tasks.suite import SuiteError

_NAMED = re.compile(r"venus[-_]([a-z0-9+]+)")


def venus_language(path: Path) -> str | None:
    """The effx language of a file named `venus-<language>.<ext>`, else None."""
    match = _NAMED.fullmatch(path.stem.lower())
    return effx_language(match.group(1)) if match else None


def reference_limit(requested: int | None) -> int | None:
    """References kept per task and language: the loader argument, else `$EFFX_MAX_REFERENCES`, else all."""
    if requested is not None:
        return requested
    text = os.environ.get("EFFX_MAX_REFERENCES", "").strip()
    if not text:
        return None
    if not text.isdigit():
        raise SuiteError(f"EFFX_MAX_REFERENCES={text!r} is not a whole number")
    return int(text)


def venus_files(folder: Path, *, explicit: bool = False) -> dict[str, list[Path]]:
    """Venus files in `folder`, by effx language (see the module docstring for the names).

    Language-named subfolders count only under `venus/`, or in `folder` itself when it was named as a
    Venus folder (`explicit`): a data folder's unrelated `go/` or `c/` subfolder is not Venus.
    """
    found: dict[str, list[Path]] = {}
    if not folder.is_dir():
        return found
    for path in data_files(folder):
        language = venus_language(path)
        if language:
            found.setdefault(language, []).append(path)
    for root in ((folder, folder / "venus") if explicit else (folder / "venus",)):
        if not root.is_dir():
            continue
        for child in sorted(root.iterdir()):
            language = effx_language(child.name) if child.is_dir() else None
            if language:
                files = sorted(p for p in child.rglob("*") if p.suffix.lower() in DATA_EXTENSIONS)
                found.setdefault(language, []).extend(files)
    return found


def venus_folders(data: Path | None, venus_dir: Path | None) -> list[tuple[Path, bool]]:
    """Folders searched for Venus files, each with whether it was named as a Venus folder.

    The `--data` folder (or the data file's folder) comes first, then `venus_dir` or `$EFFX_VENUS_DIR`.
    """
    folders: list[tuple[Path, bool]] = []
    if data is not None:
        folders.append((data if data.is_dir() else data.parent, False))
    explicit = venus_dir or (Path(os.environ["EFFX_VENUS_DIR"]) if os.environ.get("EFFX_VENUS_DIR") else None)
    if explicit is not None:
        if not explicit.is_dir():
            raise SuiteError(f"Venus folder {explicit}: no such folder (from venus_dir or EFFX_VENUS_DIR)")
        folders.append((explicit, True))
    return folders


def row_keys(fields: dict[str, Any]) -> list[str]:
    """The keys a row can be matched by: its slug and `id:<question id>`."""
    keys = []
    slug = fields.get("name") or fields.get("slug_name") or fields.get("title_slug")
    if not slug and fields.get("title"):
        slug = slugify(str(fields["title"]))
    if slug:
        keys.append(str(slug))
    qid = fields.get("question_id", fields.get("problem_id"))
    if qid not in (None, ""):
        keys.append(f"id:{qid}")
    return keys


def solution_codes(fields: dict[str, Any]) -> list[str]:
    """Accepted solution codes of a Venus row, first occurrence of each code only."""
    entries: Iterable[Any]
    if isinstance(fields.get("solutions"), list):
        entries = [s for s in fields["solutions"] if not isinstance(s, dict) or s.get("passed", True) is not False]
    else:
        entries = [*(fields.get("rt_list") or []), *(fields.get("mm_list") or [])]
    codes: list[str] = []
    for entry in entries:
        code = entry.get("code") if isinstance(entry, dict) else entry
        if isinstance(code, str) and code.strip() and code not in codes:
            codes.append(code)
    return codes


def make_references(language: str, codes: Iterable[str], limit: int | None = None) -> list[Reference]:
    """References named `<language>_<n>` (n from 1, in dataset order), at most `limit` of them."""
    refs = [Reference(name=f"{language}_{i}", language=language, code=code)
            for i, code in enumerate(codes, start=1)]
    return refs[:limit] if limit is not None else refs


@dataclass
class ReferenceIndex:
    """Venus solutions by problem key and language."""

    by_key: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    files: dict[str, list[Path]] = field(default_factory=dict)
    """The Venus files read, by language."""

    @classmethod
    def load(cls, folders: list[tuple[Path, bool]], *, skip_languages: Iterable[str] = ()) -> ReferenceIndex:
        """Read every Venus file in `folders` (from `venus_folders`), except those of `skip_languages`."""
        index = cls()
        skip = set(skip_languages)
        for folder, explicit in folders:
            for language, paths in venus_files(folder, explicit=explicit).items():
                if language in skip:
                    continue
                for path in paths:
                    index.files.setdefault(language, []).append(path)
                    for row in read_rows(path):
                        codes = solution_codes(row.fields) if row.error is None else []
                        for key in row_keys(row.fields):
                            index.by_key.setdefault(key, {}).setdefault(language, []).extend(codes)
        return index

    @property
    def languages(self) -> list[str]:
        """Languages with at least one Venus file."""
        return sorted(self.files)

    def lookup(self, keys: Iterable[str]) -> dict[str, list[str]]:
        """Solutions per language for the first key that matches (slug before question id)."""
        for key in keys:
            if key in self.by_key:
                return {lang: list(dict.fromkeys(codes)) for lang, codes in self.by_key[key].items()}
        return {}
