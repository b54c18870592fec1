"""Where a public suite's dataset comes from: `--data`, the effx dataset cache, or Hugging Face.

The loaders never reach the network unless asked for nothing: without `--data` they look in
`$EFFX_CACHE_DIR/datasets/<suite>/`, then, only if the optional `datasets` library is installed, try to
download the published split into that cache. Every way of failing ends in one `SuiteError` that says
where the dataset lives and the exact commands that fetch it and run the suite on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from effx.cache import cache_dir
from effx.tasks.public.references import venus_language
from effx.tasks.public.rows import data_files
from effx.tasks.suite import SuiteError


@dataclass(frozen=True)
class Published:
    """How a suite's dataset is published on Hugging Face."""

    suite: str
    """effx suite name (`mercury`)."""
    title: str
    """Human name of the dataset (`Mercury`)."""
    repo: str
    """Hugging Face dataset id (`Elfsong/Mercury`)."""
    split: str
    """Split effx evaluates (`eval`)."""
    config: str | None = None
    """Dataset configuration (`python3` for Venus), if the dataset has several."""

    @property
    def file_name(self) -> str:
        """File name used for the cached copy and in the instructions."""
        return f"{self.suite}.parquet"

    def fetch_command(self, target: str) -> str:
        """A shell command that downloads the split into `target` (a parquet file)."""
        config = f", {self.config!r}" if self.config else ""
        return (f"pip install datasets pyarrow && python -c \"from datasets import load_dataset; "
                f"load_dataset({self.repo!r}{config}, split={self.split!r}).to_parquet({target!r})\"")

    def missing(self, why: str) -> SuiteError:
        """The error for a run that has no dataset: where it lives and the commands to get and use it."""
        config = f" (configuration {self.config!r})" if self.config else ""
        return SuiteError(
            f"suite {self.suite!r} needs the {self.title} dataset ({why}). It is published on Hugging Face as "
            f"{self.repo!r}{config}, split {self.split!r}. Fetch it on a machine with network access: "
            f"{self.fetch_command(self.file_name)} ; then run: "
            f"effx run --suite {self.suite} --data {self.file_name} --lang python "
            f"(--data also takes JSON or JSONL rows, or a folder holding the file)"
        )


def cached_file(published: Published) -> Path:
    """Where a downloaded copy of the dataset is kept."""
    return cache_dir() / "datasets" / published.suite / published.file_name


def _download(published: Published) -> Path:
    """Fetch the split with the `datasets` library into the effx cache (optional, needs network)."""
    try:
        import datasets  # type: ignore[import-not-found]  # optional dependency
    except ImportError:
        raise published.missing("no --data given, no cached copy, and the `datasets` library is not "
                                "installed") from None
    target = cached_file(published)
    try:
        split = datasets.load_dataset(published.repo, published.config, split=published.split)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".partial")
        split.to_parquet(str(partial))
        partial.replace(target)
    except Exception as exc:  # network, authentication and format errors all mean "no dataset"
        raise published.missing(f"downloading with the `datasets` library failed: "
                                f"{type(exc).__name__}: {str(exc)[:200]}") from None
    return target


def locate(published: Published, data: Path | None, *, marker: str) -> Path:
    """The dataset file to load.

    Args:
        published: where the dataset is published, for the error message and the download.
        data: `--data`: a file, a folder holding it, or None for the cache (then a download).
        marker: lowercase text the file name contains when `data` is a folder with several files
            (`mercury`), so companion files (e.g. Venus references) are not mistaken for it.

    Raises:
        SuiteError: nothing usable was found; the message says how to get the dataset.
    """
    if data is None:
        cached = cached_file(published)
        return cached if cached.is_file() else _download(published)
    path = Path(data)
    if path.is_file():
        return path
    if not path.is_dir():
        raise published.missing(f"--data {path}: no such file or folder")
    files = [p for p in data_files(path) if venus_language(p) is None]  # reference files, not the dataset
    named = [p for p in files if marker in p.name.lower()]
    if len(named) == 1:
        return named[0]
    if not named and len(files) == 1:
        return files[0]
    found = ", ".join(p.name for p in (named or files)) or "no parquet, JSON or JSONL files"
    raise SuiteError(f"--data {path}: cannot tell which file is the {published.title} dataset (found: {found}); "
                     f"pass the file itself, or keep exactly one file with {marker!r} in its name there")
