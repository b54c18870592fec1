"""The disk holding the run folder fills up mid-run: one clear line, a folder that stays readable and
resumable, and a resume that completes the run once space is back."""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from effx.store.rundir import read_results, read_run_dir

from .common import SLOW_TASK, SmallRun, error_line, has_keys, keys, lines, note, run, start, wait_until


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB tmpfs, unmounted afterwards whatever happens."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mount = tmp_path / "small"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True,
                          text=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


def _fill(disk: Path) -> Path:
    """Write a file until the disk refuses another byte."""
    filler = disk / "filler"
    with open(filler, "wb", buffering=0) as fh:
        chunk = b"\0" * 4096
        try:
            while True:
                fh.write(chunk)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
        try:
            while True:  # the last partial page, byte by byte
                fh.write(b"\0")
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return filler


def test_a_full_disk_stops_the_run_with_one_line_and_a_resume_completes_it(tmp_path: Path, small_disk: Path):
    scenario = SmallRun.create(tmp_path, runs_dir=small_disk / "runs", tasks=(SLOW_TASK,))
    folder = scenario.folder("disk")
    proc = start(scenario.args("disk"))
    try:
        wait_until(has_keys(folder, {scenario.broken_key}), proc=proc, what="the first result")
        filler = _fill(small_disk)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 1, err[-3000:]
    message = error_line(err)
    assert "No space left on device" in message and "--run-id disk" in message
    assert "sandbox failed" not in err  # the disk, not the sandbox, stopped the run

    # Still a readable run folder: a valid manifest, every line whole (none torn by the failed write).
    text = (folder / "results.jsonl").read_text()
    assert text.endswith("\n")
    before = lines(folder)
    assert [r.key for r in read_results(folder / "results.jsonl")] == keys(before)
    manifest, _ = read_run_dir(folder)
    assert manifest.status in ("running", "interrupted")  # "interrupted" is itself a write the full disk may refuse
    assert set(keys(before)) < scenario.keys()

    filler.unlink()
    resumed, resume_s = run(scenario.args("disk"))
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    after = lines(folder)
    assert after[: len(before)] == before
    assert sorted(keys(after)) == sorted(scenario.keys())
    assert read_run_dir(folder)[0].status == "complete"
    note("disk full", lost=0, kept=len(before), redone=len(after) - len(before), resume_s=round(resume_s, 1),
         error=message)
