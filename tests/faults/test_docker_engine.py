"""The docker engine killed mid-run (`--sandbox docker`): the jobs it took down are sandbox_error, never a
verdict against the solution, and a resume after the engine is back runs exactly those again.

The engine killed is one of this test's own, started the way scripts/install_docker.sh starts one but with
its own socket and state folder: the machine's shared engine, which other runs may be using, is never
touched. Its language image is copied over from the shared engine once and kept with that state.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from effx.models import Status

from .common import SLOW_TASK, SOLUTION_FAULTS, SmallRun, has_keys, keys, lines, note, results, run, start, wait_until

AFTER = "word_break_count"
"""Measured after SLOW_TASK (suite order), references only."""
STATE = Path(os.environ.get("EFFX_FAULTS_DOCKER_STATE", "/var/tmp/effx-docker-faults"))


class Engine:
    """A dockerd of our own under `state`, on the socket `state/docker.sock`."""

    def __init__(self, state: Path) -> None:
        self.state = state
        self.host = f"unix://{state / 'docker.sock'}"
        self.proc: subprocess.Popen[bytes] | None = None

    def client(self) -> Any:
        import docker  # an optional dependency: the fixture skips without it

        return docker.DockerClient(base_url=self.host, timeout=60)

    def start(self) -> float:
        """Start dockerd and wait until it answers; returns how long that took."""
        began = time.monotonic()
        self.state.mkdir(parents=True, exist_ok=True)
        # A pid file left by an engine that was killed names a dead process, or by now another one that
        # dockerd would wait on (scripts/install_docker.sh clears them the same way), or a containerd that
        # died with it and nobody has reaped yet: dockerd takes a zombie for a running containerd.
        for pidfile in (self.state / "dockerd.pid", self.state / "exec" / "containerd" / "containerd.pid"):
            if pidfile.exists() and not _engine_process(pidfile.read_text().strip()):
                pidfile.unlink()
        with open(self.state / "dockerd.log", "ab") as log:
            self.proc = subprocess.Popen(
                ["dockerd", "--bridge=none", "--iptables=false", "--ip6tables=false",
                 "--data-root", str(self.state / "data"), "--exec-root", str(self.state / "exec"),
                 "--pidfile", str(self.state / "dockerd.pid"), "-H", self.host],
                stdout=log, stderr=log, stdin=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 60
        while True:
            try:
                self.client().ping()
                return time.monotonic() - began
            except Exception:  # noqa: BLE001 -- not answering yet
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"dockerd did not come up; see {self.state / 'dockerd.log'}") from None
                time.sleep(0.1)

    def kill(self) -> None:
        assert self.proc is not None
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait()

    def stop(self) -> None:
        """Remove effx's containers and stop the engine cleanly (whatever state the test left it in)."""
        if self.proc is None or self.proc.poll() is not None:
            self.start()
        assert self.proc is not None
        try:
            for container in self.client().containers.list(all=True, filters={"label": "effx.sandbox"}):
                container.remove(force=True)
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def _engine_process(pid: str) -> bool:
    """Whether `pid` is a live dockerd or containerd."""
    try:
        command = Path(f"/proc/{pid}/comm").read_text().strip()
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return command in ("dockerd", "containerd") and state != "Z"


@pytest.fixture
def engine() -> Iterator[Engine]:
    if os.geteuid() != 0 or shutil.which("dockerd") is None or shutil.which("docker") is None:
        pytest.skip("needs root and a docker engine (scripts/install_docker.sh)")
    pytest.importorskip("docker")
    from effx.sandbox.images import image_tag

    tag = image_tag("python")
    if subprocess.run(["docker", "image", "inspect", tag], capture_output=True).returncode != 0:
        pytest.skip(f"the shared engine has no {tag}; build it with scripts/install_docker.sh")
    own = Engine(STATE)
    own.start()
    try:
        if subprocess.run(["docker", "-H", own.host, "image", "inspect", tag], capture_output=True).returncode:
            subprocess.run(f"docker save {tag} | docker -H {own.host} load", shell=True, check=True,
                           capture_output=True, executable="/bin/bash")
        yield own
    finally:
        own.stop()


def test_a_killed_docker_engine_gives_sandbox_errors_and_a_resume_reruns_exactly_those(tmp_path: Path, engine):
    # The engine dies inside the two_sum batch (its execs fail) and before the next one (no sandbox starts).
    scenario = SmallRun.create(tmp_path, tasks=(SLOW_TASK, AFTER))
    folder = scenario.folder("docker")
    env = {"DOCKER_HOST": engine.host}
    args = scenario.args("docker", "--sandbox", "docker")
    proc = start(args, env)
    try:
        wait_until(has_keys(folder, {scenario.broken_key}), proc=proc, what="the first result")
        at_kill = lines(folder)
        engine.kill()
        _, err = proc.communicate(timeout=180)
    finally:
        if proc.poll() is None:
            proc.kill()
    # Every job has a verdict, so the run is complete; the summary counts the sandbox errors.
    assert proc.returncode == 0, err[-3000:]
    before = lines(folder)
    assert before[: len(at_kill)] == at_kill
    assert sorted(keys(before)) == sorted(scenario.keys())
    failed = {r.key for r in results(before) if r.status == Status.sandbox_error}
    why = next(r.message for r in results(before) if r.status == Status.sandbox_error)
    assert failed and failed <= scenario.keys() - set(keys(at_kill))
    for result in results(before):
        if result.task_id == AFTER:
            assert result.status == Status.sandbox_error and "sandbox cannot start" in result.message
        if ":broken:" in result.key:
            assert result.status in (Status.compile_error, Status.sandbox_error)
        else:  # the references and the two correct samples: the dead engine must not fail them
            assert result.status not in SOLUTION_FAULTS, result

    restart_s = engine.start()
    resumed, resume_s = run(args, env)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    after = lines(folder)
    kept = [line for line, result in zip(before, results(before), strict=True)
            if result.status != Status.sandbox_error]
    assert after[: len(kept)] == kept
    assert set(keys(after[len(kept):])) == failed  # exactly the jobs the engine took down, once each
    assert sorted(keys(after)) == sorted(scenario.keys())
    assert all(r.status != Status.sandbox_error for r in results(after))
    assert [r.status for r in results(after) if ":broken:" in r.key] == [Status.compile_error]
    note("docker engine killed", lost=0, sandbox_errors=len(failed), wrong_verdicts=0,
         engine_restart_s=round(restart_s, 1), resume_s=round(resume_s, 1), message=why[:300])
