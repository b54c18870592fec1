"""Repository mode against hostile patches: whatever the patched code tries, it stays in the sandbox.

One run per sandbox backend holds a patch whose import-time code probes every way out (network, files
outside the worktree, `/etc/shadow`, a secret in the home folder of the user running effx, effx's own
environment, a process that outlives its command), a patch that fork-bombs, and the gold patch after
them, which must still be measured as usual.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import uuid
from pathlib import Path

import pytest
from test_repos import FAST_DEDUPE, diff_of, make_repo

from effx.repos.models import InstanceStatus, Prediction, RepoInstance, Workload
from effx.repos.pipeline import RepoRunConfig
from effx.repos.repo_run import RESULTS_FILE, run_instances

PROBE = '''

import atexit as _atexit, json as _json, os as _os, socket as _socket, subprocess as _subprocess


def _probe():
    seen = {{"uid": _os.getuid(), "secret": _os.environ.get("EFFX_TEST_SECRET")}}
    try:
        _socket.create_connection(("127.0.0.1", {port}), timeout=1).close()
        seen["network"] = "connected"
    except OSError as error:
        seen["network"] = type(error).__name__
    for name, path in (("write_outside", {outside!r}), ("write_tmp_host", "/tmp/effx-hostile-probe")):
        try:
            with open(path, "w") as handle:
                handle.write("escaped")
            seen[name] = "written"
        except OSError as error:
            seen[name] = type(error).__name__
    try:
        seen["shadow"] = len(open("/etc/shadow").read())
    except OSError as error:
        seen["shadow"] = type(error).__name__
    try:
        seen["home_secret"] = open({secret!r}).read()
    except OSError as error:
        seen["home_secret"] = type(error).__name__
    _subprocess.Popen(["sh", "-c", "sleep 2; touch survivor"], start_new_session=True)
    _atexit.register(_swap_report)
    with open("probe.json", "w") as handle:
        _json.dump(seen, handle)


def _swap_report():
    # After pytest wrote effx's durations report: point it at a host secret, for effx to read as root.
    path = _os.environ.get("EFFX_DURATIONS_FILE")
    if path:
        try:
            _os.unlink(path)
        except OSError:
            pass
        _os.symlink({secret!r}, path)


_probe()
'''

FORK_BOMB = '''

import os as _os

while True:  # every process forks forever, failures included: only the limits end it
    try:
        _os.fork()
    except OSError:
        pass
'''


@pytest.fixture(scope="module", params=["local", "docker"])
def hostile_run(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict:
    backend = request.param
    if backend == "docker":
        from effx.sandbox.docker import engine_problem
        from effx.sandbox.images import image_problem

        problem = engine_problem() or image_problem("python")
        if problem:
            pytest.skip(f"docker backend unavailable: {problem}")
    tmp = tmp_path_factory.mktemp(f"hostile-{backend}")
    repo, head = make_repo(tmp, "pydedupe")
    source = (repo / "dedupe" / "__init__.py").read_text()
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    connections: list[object] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                connections.append(listener.accept()[0])
            except OSError:
                pass

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    outside = tmp / "escaped.txt"
    secret = Path.home() / f".effx-hostile-{uuid.uuid4().hex[:12]}"
    secret.write_text("api-key")
    probe = PROBE.format(port=listener.getsockname()[1], outside=str(outside), secret=str(secret))
    workloads = [Workload(name="perf-test", kind="pytest", target="tests/test_perf.py::test_dedupe_large"),
                 Workload(name="bench-script", kind="command", target="python bench.py", timeout_s=60)]
    common = {"repo": str(repo), "base_commit": head, "workloads": workloads, "command_timeout_s": 60,
              "test_command": "python -m pytest -q -p no:cacheprovider tests",
              "env": {"PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}}
    instances = [RepoInstance(instance_id="probe", **common),
                 RepoInstance(instance_id="fork-bomb", **{**common, "command_timeout_s": 8}),
                 RepoInstance(instance_id="gold", **common)]
    predictions = {
        "probe": Prediction(instance_id="probe", model_patch=diff_of(repo, "dedupe/__init__.py", source + probe)),
        "fork-bomb": Prediction(instance_id="fork-bomb",
                                model_patch=diff_of(repo, "dedupe/__init__.py", source + FORK_BOMB)),
        "gold": Prediction(instance_id="gold", model_patch=diff_of(repo, "dedupe/__init__.py", FAST_DEDUPE)),
    }
    config = RepoRunConfig(run_dir=tmp / "runs" / "h", runs=3, warmup=1, cache_dir=tmp / "cache",
                           keep_workspaces=True, processes=64, memory_mb=2048, sandbox=backend)
    pytest.MonkeyPatch().setenv("EFFX_TEST_SECRET", "sk-do-not-leak")
    try:
        run_instances(instances, predictions, config)
    finally:
        pytest.MonkeyPatch().delenv("EFFX_TEST_SECRET", raising=False)
        secret.unlink()
    time.sleep(3)  # long enough for a process that escaped its command to have done its work
    stop.set()
    thread.join()
    listener.close()
    lines = (config.run_dir / RESULTS_FILE).read_text().splitlines()
    work = config.run_dir / "work"
    return {"results": {r["instance_id"]: r for r in map(json.loads, lines)}, "connections": connections,
            "outside": outside, "probe_tree": work / "probe" / "src", "run_dir": config.run_dir}


def probe_report(hostile_run: dict) -> dict:
    path = hostile_run["probe_tree"] / "probe.json"
    assert path.is_file(), "the patched code never ran"
    return json.loads(path.read_text())


def test_patched_code_runs_as_an_unprivileged_user_without_effx_environment(hostile_run: dict) -> None:
    seen = probe_report(hostile_run)
    assert seen["uid"] != 0
    assert seen["secret"] is None


def test_patched_code_cannot_reach_the_network(hostile_run: dict) -> None:
    assert probe_report(hostile_run)["network"] != "connected"
    assert hostile_run["connections"] == []


def test_patched_code_cannot_write_outside_its_worktree(hostile_run: dict) -> None:
    seen = probe_report(hostile_run)
    assert seen["write_outside"] != "written" and not hostile_run["outside"].exists()
    assert not Path("/tmp/effx-hostile-probe").exists()  # its /tmp is private


def test_patched_code_cannot_read_secrets_of_the_host(hostile_run: dict) -> None:
    seen = probe_report(hostile_run)
    assert seen["shadow"] == "PermissionError"
    assert seen["home_secret"] in ("PermissionError", "FileNotFoundError")


def test_reports_left_by_patched_code_are_never_read_through_a_link(hostile_run: dict) -> None:
    logs = hostile_run["run_dir"] / "repos" / "probe"
    for path in logs.rglob("*"):
        if path.is_file():
            assert b"api-key" not in path.read_bytes(), f"{path} holds the host secret"
    result = hostile_run["results"]["probe"]
    assert result["status"] == InstanceStatus.tests_failed.value and "no durations" in result["error"]


def test_a_process_started_by_patched_code_dies_with_its_command(hostile_run: dict) -> None:
    assert not (hostile_run["probe_tree"] / "survivor").exists()


def test_a_fork_bomb_is_contained_and_fails_the_instance(hostile_run: dict) -> None:
    result = hostile_run["results"]["fork-bomb"]
    assert result["status"] == InstanceStatus.tests_failed.value
    assert "correctness command timed out" in result["error"]
    assert result["workloads"][0]["base_times"]  # the base tree was measured before the patch was applied


def test_the_run_goes_on_after_hostile_instances(hostile_run: dict) -> None:
    gold = hostile_run["results"]["gold"]
    assert gold["status"] == InstanceStatus.ok.value, gold["error"]
    assert gold["gain"] > 0
    log = (hostile_run["run_dir"] / "repos" / "probe" / "commands.log").read_text()
    assert "sandbox cwd=" in log and "[patched correctness] sandbox" in log
