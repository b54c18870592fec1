"""The results store on SQLite and, when `EFFX_TEST_PG_URL` is set, on PostgreSQL.

`scripts/install_postgres.sh` starts a throwaway PostgreSQL cluster and prints the URL to export.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

import pytest
import sqlalchemy as sa

from effx.models import Measurement, RunManifest, RunResult, Status
from effx.store import RunDirError, Store, UnknownRunError, default_url, read_run_dir


def _result(task: str, model: str, sample: int, status: Status, runtime: float | None,
            kind: Literal["candidate", "reference"] = "candidate") -> RunResult:
    repeats = [] if runtime is None else [Measurement(runtime_ms=runtime, wall_ms=runtime + 12,
                                                      cpu_ms=runtime, peak_rss_kb=9000,
                                                      mem_integral_mb_s=0.5)]
    return RunResult(task_id=task, language="python", model=model, sample_id=sample, kind=kind,
                     status=status, runtime_ms=runtime, peak_rss_kb=9000 if runtime else None,
                     repeats=repeats, message="" if status == Status.ok else "expected 3, got 4")


def write_run(root: Path, run_id: str, results: list[RunResult], *, created: str = "2025-01-01T00:00:00",
              extra_lines: list[str] | None = None) -> Path:
    run_dir = root / run_id
    run_dir.mkdir(parents=True, exist_ok=True)
    manifest = RunManifest(run_id=run_id, created=created, suite="core", languages=["python"],
                           sandbox="local+bwrap", tasks=sorted({r.task_id for r in results}),
                           machine={"cpu": "test cpu"}, toolchains={"python": "3.11"}, status="complete")
    (run_dir / "manifest.json").write_text(manifest.model_dump_json(indent=2))
    lines = [r.model_dump_json() for r in results] + (extra_lines or [])
    (run_dir / "results.jsonl").write_text("".join(line + "\n" for line in lines))
    return run_dir


BASE = [
    _result("two_sum", "reference", 0, Status.ok, 10.0, kind="reference"),
    _result("two_sum", "reference", 1, Status.ok, 50.0, kind="reference"),
    _result("two_sum", "model-a", 0, Status.ok, 20.0),
    _result("two_sum", "model-b", 0, Status.wrong_answer, None),
]


def _urls() -> list[str]:
    urls = ["sqlite"]
    if os.environ.get("EFFX_TEST_PG_URL"):
        urls.append("postgresql")
    return urls


@pytest.fixture(params=_urls())
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        s = Store(f"sqlite:///{tmp_path / 'nested' / 'effx.db'}")
        yield s
        s.close()
        return
    # A private schema per test keeps parallel or repeated test runs on one server apart.
    url = os.environ["EFFX_TEST_PG_URL"]
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(url)
    with admin.begin() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {name}"))
    s = Store(sa.make_url(url).update_query_dict({"options": f"-csearch_path={name}"}).render_as_string(
        hide_password=False))
    yield s
    s.close()
    with admin.begin() as conn:
        conn.execute(sa.text(f"DROP SCHEMA {name} CASCADE"))
    admin.dispose()


def test_imported_run_reads_back_with_identical_results(store: Store, tmp_path: Path) -> None:
    run_dir = write_run(tmp_path, "run-1", BASE)
    stored = store.import_run(run_dir)
    assert stored.results == 4
    assert stored.models == ["model-a", "model-b", "reference"]
    assert store.get_run("run-1").machine == {"cpu": "test cpu"}
    assert store.results() == BASE
    assert store.results(["run-1"])[0].repeats[0].wall_ms == 22.0


def test_imported_results_keep_the_code_their_run_folder_kept(store: Store, tmp_path: Path) -> None:
    from effx.store.rundir import RunDir

    code = "class Solution:\r\n    pass  # ü\n"
    folder = RunDir.open(tmp_path / "run-1")
    with_code = [r.model_copy(update={"code_hash": folder.keep_code(code)}) for r in BASE[2:]]
    write_run(tmp_path, "run-1", [*BASE[:2], *with_code])
    store.import_run(folder.path)
    assert [r.code for r in store.results()] == [None, None, code, code]
    assert [r.code for r in folder.results()] == [None, None, code, code]


def test_reimporting_a_run_replaces_its_results_instead_of_duplicating(store: Store, tmp_path: Path) -> None:
    run_dir = write_run(tmp_path, "run-1", BASE)
    store.import_run(run_dir)
    fixed = [*BASE[:3], _result("two_sum", "model-b", 0, Status.ok, 30.0)]
    write_run(tmp_path, "run-1", fixed)
    store.import_run(run_dir)
    assert len(store.list_runs()) == 1
    assert store.results() == fixed


def test_results_are_filtered_by_run_and_runs_list_newest_first(store: Store, tmp_path: Path) -> None:
    store.import_run(write_run(tmp_path, "old", BASE[:2], created="2025-01-01T00:00:00"))
    store.import_run(write_run(tmp_path, "new", BASE[2:], created="2025-06-01T00:00:00"))
    assert [r.manifest.run_id for r in store.list_runs()] == ["new", "old"]
    assert {r.model for r in store.results(["new"])} == {"model-a", "model-b"}
    assert len(store.results(["old", "new"])) == 4


def test_deleting_a_run_removes_its_results_and_keeps_others(store: Store, tmp_path: Path) -> None:
    store.import_run(write_run(tmp_path, "a", BASE))
    store.import_run(write_run(tmp_path, "b", BASE[:1]))
    store.delete_run("a")
    assert [r.manifest.run_id for r in store.list_runs()] == ["b"]
    assert store.results() == BASE[:1]


def test_unknown_run_ids_raise_and_list_the_stored_runs(store: Store, tmp_path: Path) -> None:
    store.import_run(write_run(tmp_path, "run-1", BASE))
    for call in (lambda: store.get_run("run-2"), lambda: store.results(["run-2"]),
                 lambda: store.delete_run("run-2")):
        with pytest.raises(UnknownRunError, match=r"no run 'run-2'.*Stored runs: run-1"):
            call()


def test_resumed_run_keeps_the_last_line_per_key_and_skips_a_torn_tail(tmp_path: Path) -> None:
    rerun = _result("two_sum", "model-b", 0, Status.ok, 25.0)
    run_dir = write_run(tmp_path, "run-1", BASE, extra_lines=[rerun.model_dump_json(), '{"task_id": "tw'])
    _, results = read_run_dir(run_dir)
    assert len(results) == 4
    assert [r for r in results if r.model == "model-b"] == [rerun]


def test_a_corrupt_line_in_the_middle_names_the_file_and_line(tmp_path: Path) -> None:
    bad = json.dumps({"task_id": 1})
    run_dir = write_run(tmp_path, "run-1", BASE[:1], extra_lines=[bad, BASE[1].model_dump_json()])
    with pytest.raises(RunDirError, match=r"results\.jsonl:2"):
        read_run_dir(run_dir)


def test_a_folder_without_manifest_is_rejected_with_a_hint(tmp_path: Path) -> None:
    with pytest.raises(RunDirError, match="manifest.json: not found; is .* a run directory"):
        read_run_dir(tmp_path)


def test_default_url_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("EFFX_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_url() == f"sqlite:///{tmp_path}/effx/effx.db"
    monkeypatch.setenv("EFFX_DB", "sqlite:///elsewhere.db")
    assert default_url() == "sqlite:///elsewhere.db"


def _open_store_at(url: str, start: float) -> str:
    import time as _time
    _time.sleep(max(0.0, start - _time.time()))  # all processes reach create_all together
    try:
        Store(url).close()
        return "ok"
    except ConnectionError as exc:
        return str(exc)


def test_many_processes_opening_a_fresh_store_at_once_all_succeed(tmp_path: Path) -> None:
    import concurrent.futures
    import multiprocessing
    import time
    for attempt in range(5):  # each attempt a fresh database: the race is on table creation
        url = f"sqlite:///{tmp_path / f'fresh{attempt}.db'}"
        start = time.time() + 1.0
        ctx = multiprocessing.get_context("fork")  # forked workers start together; spawned ones trickle in
        with concurrent.futures.ProcessPoolExecutor(8, mp_context=ctx) as pool:
            outcomes = list(pool.map(_open_store_at, [url] * 8, [start] * 8))
        assert outcomes == ["ok"] * 8
        with Store(url) as s:
            assert s.list_runs() == []


def _code_folder(root: Path, texts: dict[str, str]) -> tuple[Path, list[RunResult]]:
    from effx.models import code_hash

    (root / "code").mkdir(parents=True)
    results = []
    for index, (model, text) in enumerate(texts.items()):
        (root / "code" / f"{code_hash(text)}.txt").write_bytes(text.encode())
        result = _result("t1", model, index, Status.ok, 1.0)
        result.code_hash = code_hash(text)
        results.append(result)
    return root, results


def test_code_read_with_a_limit_is_its_head_and_true_size_without_reading_it_whole(tmp_path: Path) -> None:
    import tracemalloc

    from effx.store.rundir import CODE_SHOWN, CodeHead, with_code

    huge = "x = 1\r\n" * (60_000_000 // 7)  # 60 MB, Windows line ends kept as written
    wide = "# é\n" + "ü" * 100_000  # 2 bytes a character: the cut falls inside one
    small = "print(1)\r\n"
    run_dir, results = _code_folder(tmp_path, {"huge": huge, "wide": wide, "small": small})
    tracemalloc.start()
    with_code(run_dir, results, limit=CODE_SHOWN)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 2_000_000, f"{peak:,} bytes allocated to read 60 MB of code"
    got = {r.model: r.code for r in results}
    assert isinstance(got["huge"], CodeHead) and got["huge"].size == len(huge)
    assert got["huge"] == huge[:CODE_SHOWN] and "\r\n" in got["huge"]
    assert isinstance(got["wide"], CodeHead) and got["wide"].size == len(wide.encode())
    assert wide.startswith(got["wide"]) and len(got["wide"].encode()) <= CODE_SHOWN
    assert len(got["wide"].encode()) > CODE_SHOWN - 4  # cut on the last whole character, not before
    assert got["small"] == small and not isinstance(got["small"], CodeHead)
    with_code(run_dir, results)  # without a limit: whole, as before
    assert {r.model: r.code for r in results} == {"huge": huge, "wide": wide, "small": small}


def test_the_shown_limit_is_the_reports(tmp_path: Path) -> None:
    from effx.reports.model import CODE_LIMIT
    from effx.store.rundir import CODE_SHOWN

    assert CODE_SHOWN == CODE_LIMIT


REPORT_PEAK = """
import sys
from effx.cli.root import main
sys.argv = ["effx", *sys.argv[1:]]
try:
    main()
except SystemExit as stop:
    assert not stop.code, stop.code
print(next(line for line in open("/proc/self/status") if line.startswith("VmHWM:")).split()[1])
"""


def test_effx_report_on_a_60_mb_solution_notes_its_size_and_never_holds_it(tmp_path: Path) -> None:
    import subprocess
    import sys

    from test_report import write_fixture_run

    from effx.models import code_hash

    run_dir = write_fixture_run(tmp_path, "big", {"fast": [5.0, 8.0], "huge": [6.0, 9.0]})
    huge = "# huge\n" + ("x = [" + "1, " * 3000 + "]\n") * 6600  # ~60 MB
    (run_dir / "code").mkdir()
    (run_dir / "code" / f"{code_hash(huge)}.txt").write_text(huge)
    lines = [json.loads(line) for line in (run_dir / "results.jsonl").read_text().splitlines()]
    for line in lines:
        if line["model"] == "huge":
            line["code_hash"] = code_hash(huge)
    (run_dir / "results.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))
    out = tmp_path / "report.html"
    done = subprocess.run([sys.executable, "-c", REPORT_PEAK, "report", str(run_dir), "-o", str(out), "--json"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    peak_mb = int(done.stdout.split()[-1]) / 1024
    assert peak_mb < 120, f"peak RSS {peak_mb:.0f} MB"  # 70 MB here; reading the source whole: 159 MB
    assert out.read_text().count(f"truncated, {len(huge):,} bytes total") == 2
    report = json.loads(out.with_suffix(".json").read_text())
    sizes = [s["code_bytes"] for t in report["tasks"] for s in t["solutions"] if s["model"] == "huge"]
    assert sizes == [len(huge), len(huge)]
