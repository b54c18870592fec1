"""`kill -9` of `effx run` mid-run, then the same command again: the clean run's results, each exactly once."""

from __future__ import annotations

import os
import signal

from .common import (
    FIRST_TASK,
    SLOW_TASK,
    SmallRun,
    has_keys,
    keys,
    lines,
    manifest_status,
    note,
    run,
    start,
    wait_until,
)


def test_a_run_killed_mid_batch_resumes_to_the_clean_runs_results_keeping_what_was_written(tmp_path):
    scenario = SmallRun.create(tmp_path)
    folder = scenario.folder("killed")
    proc = start(scenario.args("killed"))
    try:
        # The first batch is written; the second (with the slow sample) is being measured.
        wait_until(has_keys(folder, scenario.keys(FIRST_TASK)), proc=proc, what="the first batch's results")
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    before = lines(folder)
    # The second batch writes its broken sample's verdict during its warm-up and the rest at its end.
    early = set(keys(before)) - scenario.keys(FIRST_TASK)
    assert scenario.keys(FIRST_TASK) <= set(keys(before)) and early <= {scenario.broken_key}, \
        "the kill did not land inside the second batch"
    assert manifest_status(folder) == "running"  # no chance to say otherwise: the folder is as the kill left it

    resumed, resume_s = run(scenario.args("killed"))
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    after = lines(folder)
    assert after[: len(before)] == before  # kept byte for byte: not measured again
    assert sorted(keys(after)) == sorted(scenario.keys())  # every job exactly once, none missing
    # The job the kill interrupted has only the resumed process's result, written after everything kept.
    assert set(keys(after[len(before):])) == scenario.keys(SLOW_TASK) - early
    assert manifest_status(folder) == "complete"

    clean, clean_s = run(scenario.args("clean"))
    assert clean.returncode == 0, clean.stderr[-3000:]
    assert sorted(keys(lines(scenario.folder("clean")))) == sorted(keys(after))
    assert resume_s < clean_s + 30  # the resume redoes one batch of two; machine noise gets a wide margin
    note("kill -9 effx run", lost=0, kept=len(before), redone=len(after) - len(before), resume_s=round(resume_s, 1),
         clean_s=round(clean_s, 1))
