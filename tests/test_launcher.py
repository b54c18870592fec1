"""The measuring launcher, exercised directly: real builds, real child processes, real limits."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from effx.sandbox.launcher import launcher_path, parse_report

MB = 1024 * 1024

# Allocates argv[1] MB, touches every page, then sleeps argv[2] ms. Exit 1 when malloc fails.
HOLD_C = r"""
#include <stdlib.h>
#include <string.h>
#include <time.h>
int main(int argc, char **argv) {
    size_t mb = (size_t)atol(argv[1]);
    long ms = atol(argv[2]);
    char *p = malloc(mb << 20);
    if (!p) return 1;
    memset(p, 1, mb << 20);
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, 0);
    return p[mb] == 1 ? 0 : 2;
}
"""

# Grows by 10 MB per step, touching the pages, until killed (or malloc fails: exit 1).
GROW_C = r"""
#include <stdlib.h>
#include <string.h>
int main(void) {
    for (;;) {
        char *p = malloc(10 << 20);
        if (!p) return 1;
        memset(p, 1, 10 << 20);
    }
}
"""


@pytest.fixture(scope="module")
def launcher(tmp_path_factory) -> Path:
    return launcher_path(tmp_path_factory.mktemp("launcher-cache"))


@pytest.fixture(scope="module")
def programs(tmp_path_factory) -> dict[str, str]:
    """Small C helpers compiled with the system compiler."""
    folder = tmp_path_factory.mktemp("programs")
    built = {}
    for name, source in {"hold": HOLD_C, "grow": GROW_C}.items():
        (folder / f"{name}.c").write_text(source)
        subprocess.run(["gcc", "-O1", "-o", str(folder / name), str(folder / f"{name}.c")], check=True)
        built[name] = str(folder / name)
    return built


def launch(launcher: Path, *argv: str, options: tuple[str, ...] = (), cwd: Path | None = None) -> dict:
    done = subprocess.run(
        [str(launcher), *options, "--", *argv], capture_output=True, text=True, timeout=60, cwd=cwd
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    parse_report(done.stdout)  # the typed view accepts every field the launcher prints
    return report


def test_launcher_is_built_once_per_source_and_reused(tmp_path):
    first = launcher_path(tmp_path)
    stamp = first.stat().st_mtime_ns
    assert launcher_path(tmp_path) == first
    assert first.stat().st_mtime_ns == stamp
    assert first.parent.parent == tmp_path / "launcher"


def test_concurrent_first_builds_all_get_a_working_binary(tmp_path):
    with ThreadPoolExecutor(4) as pool:
        paths = list(pool.map(lambda _: launcher_path(tmp_path), range(4)))
    assert len(set(paths)) == 1
    assert [p.name for p in paths[0].parent.iterdir()] == ["effx-launch"]  # no temp files left behind
    assert launch(paths[0], "true")["exit_code"] == 0


def test_launcher_is_statically_linked_so_it_runs_in_any_container(launcher):
    described = subprocess.run(["file", str(launcher)], capture_output=True, text=True).stdout
    if "statically linked" not in described and not Path("/usr/lib/x86_64-linux-gnu/libc.a").exists():
        pytest.skip("static libc is not installed, so the launcher is linked dynamically by design")
    assert "statically linked" in described


def test_exit_code_is_reported(launcher):
    report = launch(launcher, "sh", "-c", "exit 7")
    assert report["exit_code"] == 7
    assert report["signal"] is None
    assert report["exec_error"] is None


def test_death_by_signal_is_reported(launcher):
    report = launch(launcher, "sh", "-c", "kill -SEGV $$")
    assert report["exit_code"] is None
    assert report["signal"] == signal.SIGSEGV


def test_missing_program_is_an_exec_error_with_exit_127(launcher):
    report = launch(launcher, "no-such-program-effx")
    assert report["exit_code"] == 127
    assert "no-such-program-effx" in report["exec_error"]
    assert "No such file" in report["exec_error"]


def test_unopenable_stdin_is_an_exec_error_naming_the_file(launcher):
    report = launch(launcher, "true", options=("--stdin", "/nonexistent/input"))
    assert report["exit_code"] == 127
    assert "/nonexistent/input" in report["exec_error"]


def test_usage_errors_name_the_problem(launcher):
    argv = [str(launcher), "--timeout-ms", "soon", "--", "true"]
    done = subprocess.run(argv, capture_output=True, text=True)
    assert done.returncode == 2
    assert "--timeout-ms needs a non-negative integer" in done.stderr
    done = subprocess.run([str(launcher), "--timeout-ms", "5"], capture_output=True, text=True)
    assert done.returncode == 2
    assert "no program given" in done.stderr


def test_stdio_redirects_to_files(launcher, tmp_path):
    (tmp_path / "in").write_text("hello\n")
    options = ("--stdin", "in", "--stdout", "out", "--stderr", "err")
    report = launch(launcher, "sh", "-c", "read x; echo got $x; echo oops >&2", options=options, cwd=tmp_path)
    assert report["exit_code"] == 0
    assert (tmp_path / "out").read_text() == "got hello\n"
    assert (tmp_path / "err").read_text() == "oops\n"


def _alive(token: str) -> list[int]:
    """Pids of live processes whose command line carries `token`."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes()
                state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            except OSError:
                continue
            if token.encode() in cmdline and state != "Z":
                found.append(int(entry.name))
    return found


def test_timeout_kills_the_whole_process_group(launcher, tmp_path):
    token = f"effx-{uuid.uuid4().hex}"
    sleeper = f"{sys.executable} -c 'import time; time.sleep(1000)' {token}"
    # a background child in the same group, and the main process: both sleep "forever"
    script = f"{sleeper} & echo $! > pid; exec {sleeper}"
    report = launch(launcher, "sh", "-c", script, options=("--timeout-ms", "500"), cwd=tmp_path)
    assert report["timed_out"] is True
    assert report["signal"] == signal.SIGKILL
    assert 400 < report["wall_ns"] / 1e6 < 10_000
    with pytest.raises(ProcessLookupError):
        os.kill(int((tmp_path / "pid").read_text()), 0)
    assert _alive(token) == []


def test_processes_that_leave_the_group_are_killed_when_the_program_ends(launcher, tmp_path):
    token = f"effx-{uuid.uuid4().hex}"
    script = f"setsid {sys.executable} -c 'import time; time.sleep(1000)' {token} & sleep 0.2; exit 0"
    report = launch(launcher, "sh", "-c", script, cwd=tmp_path)
    assert report["exit_code"] == 0
    assert _alive(token) == []


def test_cpu_limit_stops_a_busy_loop(launcher):
    report = launch(launcher, sys.executable, "-c", "while True: pass", options=("--cpu-s", "1"))
    assert report["timed_out"] is True
    assert report["signal"] == signal.SIGXCPU
    # rusage is tick-based and reads lower than the scheduler clock the kernel enforces the limit with
    assert report["user_ns"] + report["sys_ns"] >= 0.5e9


def test_peak_rss_of_a_program_touching_200_mb_is_200_mb(launcher, programs):
    report = launch(launcher, programs["hold"], "200", "0")
    assert report["exit_code"] == 0
    assert 200 * 1024 * 0.85 < report["peak_rss_kb"] < 200 * 1024 * 1.15


def test_peak_rss_of_a_tiny_program_is_small_even_from_a_big_parent(launcher):
    ballast = bytearray(300 * MB)  # the pytest process's own high-water mark is now > 300 MB
    ballast[:: 4096] = b"\1" * len(ballast[:: 4096])
    report = launch(launcher, "true")
    del ballast
    assert report["exit_code"] == 0
    assert 0 < report["peak_rss_kb"] < 20 * 1024


def test_memory_integral_grows_with_size_and_duration(launcher, programs):
    small_short = launch(launcher, programs["hold"], "40", "250")
    big_short = launch(launcher, programs["hold"], "120", "250")
    small_long = launch(launcher, programs["hold"], "40", "750")
    for report in (small_short, big_short, small_long):
        assert report["exit_code"] == 0
        assert report["samples"] > 10
    # 40 MB held for 0.25 s is ~10 MB*s; allow for start-up, page-touching time and a loaded machine
    assert 6 < small_short["mem_integral_mb_s"] < 20
    assert big_short["mem_integral_mb_s"] > 2 * small_short["mem_integral_mb_s"]
    assert small_long["mem_integral_mb_s"] > 2 * small_short["mem_integral_mb_s"]


def test_memory_watchdog_kills_a_program_over_the_limit(launcher, programs):
    options = ("--mem-mb", "100", "--no-data-limit", "--sample-us", "500")
    report = launch(launcher, programs["grow"], options=options)
    assert report["memory_exceeded"] is True
    assert report["signal"] == signal.SIGKILL
    assert report["peak_rss_kb"] < 400 * 1024  # stopped soon after crossing 100 MB, not at the machine's end


def test_data_limit_makes_large_allocations_fail(launcher, programs):
    report = launch(launcher, programs["hold"], "300", "0", options=("--mem-mb", "100"))
    assert report["exit_code"] == 1  # malloc returned NULL
    assert report["peak_rss_kb"] < 100 * 1024


def test_output_limit_stops_a_program_printing_gigabytes_quickly(launcher, tmp_path):
    options = ("--fsize", str(MB), "--stdout", "out")
    report = launch(launcher, "yes", "effx output flood", options=options, cwd=tmp_path)
    assert report["output_exceeded"] is True
    assert report["signal"] == signal.SIGXFSZ
    assert (tmp_path / "out").stat().st_size == MB
    assert report["wall_ns"] < 10e9


def test_output_limit_is_reported_when_the_program_ignores_sigxfsz(launcher, tmp_path):
    # CPython ignores SIGXFSZ, so it sees EFBIG and dies with an exception instead of the signal
    flood = "import signal; signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\nwhile True: print('x' * 4096)"
    options = ("--fsize", str(MB), "--stdout", "out")
    report = launch(launcher, sys.executable, "-c", flood, options=options, cwd=tmp_path)
    assert report["output_exceeded"] is True
    assert report["signal"] is None
    assert report["exit_code"] != 0


def test_cpu_pinning_and_disabled_aslr_reach_the_program(launcher, tmp_path):
    if len(os.sched_getaffinity(0)) < 2:
        pytest.skip("needs two cores to tell pinning from the default")
    core = max(os.sched_getaffinity(0))
    code = "import os; print(sorted(os.sched_getaffinity(0))); print(open('/proc/self/personality').read())"
    options = ("--cpu", str(core), "--no-aslr", "--stdout", "out")
    report = launch(launcher, sys.executable, "-c", code, options=options, cwd=tmp_path)
    assert report["exit_code"] == 0
    affinity, personality = (tmp_path / "out").read_text().split("\n")[:2]
    assert affinity == f"[{core}]"
    assert int(personality, 16) & 0x0040000  # ADDR_NO_RANDOMIZE


def test_killing_the_launcher_takes_the_program_down_with_it(launcher):
    token = f"effx-{uuid.uuid4().hex}"
    proc = subprocess.Popen(
        [str(launcher), "--", sys.executable, "-c", "import time; time.sleep(1000)", token],
        stdout=subprocess.DEVNULL,
    )
    for _ in range(500):  # wait until the program is up
        if _alive(token):
            break
        time.sleep(0.01)
    assert _alive(token)
    proc.kill()
    proc.wait()
    for _ in range(500):
        if not _alive(token):
            break
        time.sleep(0.01)
    assert _alive(token) == []


def test_pinning_to_a_core_that_does_not_exist_is_an_exec_error(launcher):
    report = launch(launcher, "true", options=("--cpu", str(os.cpu_count() or 1)))
    assert report["exit_code"] == 127
    assert f"cannot pin to core {os.cpu_count() or 1}" in report["exec_error"]


def test_export_copies_regular_files_after_the_program_and_never_follows_a_link(launcher, tmp_path):
    work, out = tmp_path / "work", tmp_path / "out"
    work.mkdir()
    out.mkdir()
    (tmp_path / "secret").write_text("not yours")
    script = f"printf 1234567890 > result.json; ln -s {tmp_path / 'secret'} link.json; mkfifo pipe.json"
    launch(launcher, "sh", "-c", script, cwd=work, options=(
        "--fsize", "4", "--export", f"result.json={out / 'result.json'}",
        "--export", f"link.json={out / 'link.json'}", "--export", f"pipe.json={out / 'pipe.json'}",
        "--export", f"missing.json={out / 'missing.json'}"))
    assert (out / "result.json").read_text() == "1234"  # capped at --fsize
    assert sorted(path.name for path in out.iterdir()) == ["result.json"]


def test_export_names_must_be_plain_file_names(launcher):
    done = subprocess.run([str(launcher), "--export", "../x=/tmp/y", "--", "true"], capture_output=True, text=True)
    assert done.returncode == 2 and "plain file name" in done.stderr
