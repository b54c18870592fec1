"""The run directory: `runs/<run_id>/manifest.json`, `results.jsonl` and `code/`, written so a crash loses nothing.

Results are appended one JSON line at a time and fsync'ed, so an interrupted run keeps every result it
finished. The writer (`RunDir`) and the readers (`effx score`, the results store) see the same file
differently, and this module serves both:

* reopening a run to resume it, a torn last line (the process died mid-write) is dropped and the file
  rewritten without it, and so are `sandbox_error` results (the infrastructure failed, not the
  solution, so those jobs are run again); the keys of the surviving results tell the runner what not
  to redo;
* reading a finished run, a re-run job may have left the same key more than once: the last line for a
  key wins, which matches what a resumed run means, and a torn final line is skipped, never rewritten.

The code of every solution is kept in the run folder too, content-addressed: `code/<code_hash>.txt`,
written atomically, once per distinct code, before the first result that refers to it. What a run
measured therefore stays readable when the samples file it came from is moved or edited, and results
read back through this module carry their code (`RunResult.code`); run folders from before `code/`
existed read back without it.

One process writes a run folder at a time: `RunDir.exclusive` holds an `flock` on its `.lock` file, which
the kernel releases when the holder dies, so a crashed run never leaves its folder locked. A write that
fails (a full disk) raises `RunDirWriteError` and leaves no partial line behind.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import ValidationError

from effx.cache import atomic_write
from effx.models import RunManifest, RunResult, Status, code_hash

MANIFEST = "manifest.json"
RESULTS = "results.jsonl"
CODE = "code"
"""Folder of the solutions' code, one `<code_hash>.txt` per distinct code."""
LOCK = ".lock"
"""Lock file of the process writing the run; holds that process's pid."""

__all__ = ["CODE", "CODE_SHOWN", "LOCK", "MANIFEST", "RESULTS", "CodeHead", "RunDir", "RunDirBusyError",
           "RunDirError", "RunDirWriteError", "latest_results", "read_manifest", "read_results", "read_run_dir",
           "with_code"]


class RunDirError(ValueError):
    """A run directory that is missing a file or holds invalid data; the message names file and line."""


class RunDirBusyError(RunDirError):
    """Another process is writing the run directory; the message names its pid."""


class RunDirWriteError(RunDirError):
    """A file of the run directory could not be written (full disk, read-only mount); what was written before stays."""


def _write_error(path: Path, exc: OSError) -> RunDirWriteError:
    return RunDirWriteError(f"cannot write {path}: {exc.strerror or exc}")


_held_locks: set[int] = set()
"""Lock descriptors of this process. A forked child (a pool worker) closes its copies at once: an flock
belongs to the open file, so a child outliving a killed parent would otherwise keep the run locked."""


def _close_held_locks() -> None:
    for fd in _held_locks:
        with contextlib.suppress(OSError):
            os.close(fd)
    _held_locks.clear()


os.register_at_fork(after_in_child=_close_held_locks)


def read_results(path: Path, *, repair: bool = False) -> list[RunResult]:
    """Read a results.jsonl line by line; with `repair`, drop a torn final line instead of failing on it."""
    return [result for _, result in _read_lines(path, repair=repair)]


def _read_lines(path: Path, *, repair: bool) -> list[tuple[str, RunResult]]:
    """Each result line as written, with its result; with `repair`, a torn final line is cut off the file."""
    if not path.exists():
        return []
    lines = path.read_text().splitlines()
    parsed: list[tuple[str, RunResult]] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            parsed.append((line, RunResult.model_validate_json(line)))
        except ValidationError as exc:
            if repair and number == len(lines):
                _rewrite(path, [kept for kept, _ in parsed])
                break
            raise RunDirError(f"{path}:{number}: not a result line ({exc.errors()[0]['msg']})") from exc
    return parsed


def _rewrite(path: Path, lines: list[str]) -> None:
    # The lines as they were written, not re-serialised: results of an older effx keep their exact bytes.
    try:
        atomic_write(path, "".join(line + "\n" for line in lines))
    except OSError as exc:
        raise _write_error(path, exc) from exc


CODE_SHOWN = 64 * 1024
"""The most of a solution's code a reader that shows code needs, in bytes: the HTML report shows the
first 64 KiB of a source (`effx.reports.model.CODE_LIMIT`) and its size."""


class CodeHead(str):
    """The first bytes of a longer source, cut on a character boundary; `size` is the whole source's size.

    What `with_code(..., limit=N)` gives for a source longer than N bytes: a 60 MB solution costs N bytes
    (at most 4 N while the characters are read), not the ~115 MB of reading it whole.
    """

    size: int
    """Bytes of the whole source (its file's size)."""

    def __new__(cls, head: str, size: int) -> CodeHead:
        text = super().__new__(cls, head)
        text.size = size
        return text


def with_code(run_dir: Path, results: list[RunResult], *, limit: int | None = None) -> list[RunResult]:
    """`results` with `code` filled in from `run_dir/code/`, where the run folder holds it.

    With `limit` (bytes, e.g. `CODE_SHOWN`), a longer source is read only that far and comes as a
    `CodeHead` carrying its true size; shorter ones come whole. Results sharing a code share one string.
    """
    folder = Path(run_dir) / CODE
    if not folder.is_dir():
        return results
    texts: dict[str, str | None] = {}
    for result in results:
        if result.code_hash and result.code_hash not in texts:
            path = folder / f"{result.code_hash}.txt"
            texts[result.code_hash] = _read_code(path, limit) if path.is_file() else None
        result.code = texts.get(result.code_hash)
    return results


def _read_code(path: Path, limit: int | None = None) -> str:
    # newline="": universal newlines would turn the code's \r\n into \n; the encoding is atomic_write's
    with open(path, newline="") as fh:
        if limit is None:
            return fh.read()
        size = os.fstat(fh.fileno()).st_size
        if size <= limit:
            return fh.read()
        head = fh.read(limit)  # characters: at most `limit` bytes when ASCII, 4 x `limit` at worst
        if not head.isascii():
            head = head.encode(fh.encoding)[:limit].decode(fh.encoding, "ignore")  # drops a cut character
        return CodeHead(head, size)


def read_manifest(run_dir: Path) -> RunManifest:
    """Validate `run_dir/manifest.json`."""
    path = Path(run_dir) / MANIFEST
    if not path.is_file():
        raise RunDirError(f"{path}: not found; is {run_dir} a run directory written by `effx run`?")
    try:
        return RunManifest.model_validate_json(path.read_text())
    except ValidationError as exc:
        fields = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise RunDirError(f"{path}: {fields}") from exc


def latest_results(run_dir: Path, *, code_limit: int | None = None) -> list[RunResult]:
    """Validate every line of `run_dir/results.jsonl`, keeping the last result per key.

    Each result carries its code, cut at `code_limit` bytes when given (see `with_code`).

    A missing results file means a run that has produced nothing yet and reads as empty.
    """
    path = Path(run_dir) / RESULTS
    if not path.is_file():
        return []
    lines = path.read_text().splitlines()
    by_key: dict[str, RunResult] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            result = RunResult.model_validate_json(line)
        except ValidationError as exc:
            torn_tail = number == len(lines) and not _is_json(line)
            if torn_tail:
                break
            raise RunDirError(f"{path}:{number}: {exc.errors()[0]['msg']} "
                              f"(at {'.'.join(map(str, exc.errors()[0]['loc']))})") from exc
        by_key.pop(result.key, None)
        by_key[result.key] = result
    return with_code(Path(run_dir), list(by_key.values()), limit=code_limit)


def read_run_dir(run_dir: Path, *, code_limit: int | None = None) -> tuple[RunManifest, list[RunResult]]:
    """The manifest and the de-duplicated results of one run directory (code cut at `code_limit` bytes)."""
    return read_manifest(Path(run_dir)), latest_results(Path(run_dir), code_limit=code_limit)


def _is_json(line: str) -> bool:
    try:
        json.loads(line)
    except json.JSONDecodeError:
        return False
    return True


class RunDir:
    """One run's folder. Create it with `RunDir.open`, which also resumes an existing run."""

    def __init__(self, path: Path):
        self.path = path

    @property
    def manifest_path(self) -> Path:
        return self.path / MANIFEST

    @property
    def results_path(self) -> Path:
        return self.path / RESULTS

    @classmethod
    def open(cls, path: Path) -> RunDir:
        """Create the folder if needed; existing results stay."""
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _write_error(path, exc) from exc
        return cls(path)

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[RunDir]:
        """Hold the run's write lock for the block.

        Raises:
            RunDirBusyError: another process holds it (a second `effx run` with the same run id).
        """
        path = self.path / LOCK
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise _write_error(path, exc) from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise RunDirBusyError(f"run folder {self.path} is being written by another effx process (pid "
                                  f"{holder}); wait for it to finish, or choose another --run-id") from None
        _held_locks.add(fd)
        try:
            with contextlib.suppress(OSError):  # the pid only makes the message above helpful
                os.ftruncate(fd, 0)
                os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
            yield self
        finally:
            _held_locks.discard(fd)
            os.close(fd)  # closing the last descriptor releases the flock

    def exists(self) -> bool:
        return self.manifest_path.exists()

    def read_manifest(self) -> RunManifest:
        try:
            return RunManifest.model_validate_json(self.manifest_path.read_text())
        except (OSError, ValidationError) as exc:
            raise RunDirError(f"{self.manifest_path}: {exc}") from exc

    def write_manifest(self, manifest: RunManifest) -> None:
        try:
            atomic_write(self.manifest_path, manifest.model_dump_json(indent=2) + "\n")
        except OSError as exc:
            raise _write_error(self.manifest_path, exc) from exc

    @property
    def code_path(self) -> Path:
        return self.path / CODE

    def results(self, *, code: bool = True, code_limit: int | None = None) -> list[RunResult]:
        """Every result written so far (repairing a torn last line), with its code (cut at `code_limit` bytes)
        unless `code` is false (tables and summaries need none)."""
        results = read_results(self.results_path, repair=True)
        return with_code(self.path, results, limit=code_limit) if code else results

    def resume(self) -> set[str]:
        """Ready the results for a resumed run; returns the keys of the jobs that keep their result.

        A torn last line is dropped, and so is every `sandbox_error` result: the infrastructure failed
        (a dead docker engine, say), not the solution, so the resumed run measures those jobs again, and
        the file still holds one line per job.
        """
        parsed = _read_lines(self.results_path, repair=True)
        kept = [(line, result) for line, result in parsed if result.status != Status.sandbox_error]
        if len(kept) < len(parsed):
            _rewrite(self.results_path, [line for line, _ in kept])
        return {result.key for _, result in kept}

    def keep_code(self, code: str) -> str:
        """Keep `code` as `code/<code_hash>.txt` unless it is there already; returns the hash.

        Written atomically, so a reader never sees half a file, and before the results that refer to it.
        """
        digest = code_hash(code)
        path = self.code_path / f"{digest}.txt"
        if not path.exists():
            try:
                self.code_path.mkdir(exist_ok=True)
                atomic_write(path, code)
            except OSError as exc:
                raise _write_error(path, exc) from exc
        return digest

    def append(self, results: Iterable[RunResult]) -> None:
        """Append results durably; each line is complete on disk before the call returns.

        Raises:
            RunDirWriteError: the lines could not be written; the file is cut back to what it held before,
                since a full disk may have taken part of them.
        """
        data = "".join(r.model_dump_json() + "\n" for r in results).encode()
        if not data:
            return
        try:
            fd = os.open(self.results_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        except OSError as exc:
            raise _write_error(self.results_path, exc) from exc
        try:
            start = os.fstat(fd).st_size
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view):]
                os.fsync(fd)
            except OSError as exc:
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, start)
                raise _write_error(self.results_path, exc) from exc
        finally:
            os.close(fd)
