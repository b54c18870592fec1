"""The local sandbox backend with real compilers, real processes and, where installed, real bubblewrap.

Most behaviour is checked in both modes (bubblewrap isolation and the rlimits-only fallback); the
isolation guarantees themselves only in the bubblewrap mode.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from effx.models import Limits, Program
from effx.sandbox.local import NOBODY, LocalSandbox
from effx.sandbox.uids import PROGRAM_UIDS

HAVE_BWRAP = shutil.which("bwrap") is not None
needs_bwrap = pytest.mark.skipif(not HAVE_BWRAP, reason="bubblewrap is not installed")
PYTHON = "/usr/bin/python3"
MB = 1024 * 1024


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("sandbox-cache")


@pytest.fixture(scope="module")
def work_root():
    # pytest's own temp folders are private to root; the sandbox user must be able to traverse this one
    root = Path(tempfile.mkdtemp(prefix="effx-test-work-"))
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def bwrap_box(cache, work_root):
    if not HAVE_BWRAP:
        pytest.skip("bubblewrap is not installed")
    with LocalSandbox(cache_dir=cache, use_bwrap=True, work_root=work_root) as box:
        yield box


@pytest.fixture(scope="module")
def plain_box(cache, work_root):
    with LocalSandbox(cache_dir=cache, use_bwrap=False, work_root=work_root) as box:
        yield box


@pytest.fixture(params=["bwrap", "plain"])
def box(request) -> LocalSandbox:
    return request.getfixturevalue(f"{request.param}_box")


def c_program(source: str) -> Program:
    return Program(
        language="c", files={"main.c": source}, compile_argv=["gcc", "-O2", "-o", "main", "main.c"],
        artifacts=["main"], run_argv=["./main"],
    )


def py_program(source: str, **env: str) -> Program:
    return Program(language="python", files={"x.py": source}, run_argv=[PYTHON, "x.py"], env=env)


def run(box: LocalSandbox, program: Program, limits: Limits | None = None, **options):
    compiled = box.compile(program)
    assert compiled.ok, compiled.message or compiled.sandbox_error
    return box.run(program, compiled, limits=limits or Limits(wall_s=10), **options)


def test_c_program_reports_exit_code_stdout_and_stderr(box):
    source = '#include <stdio.h>\nint main(void) { puts("hi"); fputs("warn\\n", stderr); return 3; }\n'
    result = run(box, c_program(source))
    assert result.sandbox_error is None
    assert result.exit_code == 3
    assert result.signal is None
    assert result.stdout == b"hi\n"
    assert result.stderr_tail == "warn\n"
    assert result.wall_ms > 0 and result.peak_rss_kb > 0


LONG_STDERR = "import sys\nsys.stderr.write('CAUSE of the crash\\n' + 'x' * 100_000 + '\\nLAST line\\n')\n"
"""A crash report's shape: its cause first, then pages of detail (Ruby's memory maps, Go's goroutines)."""


def test_a_long_stderr_keeps_its_start_and_its_end(box):
    result = run(box, py_program(LONG_STDERR))
    assert result.stderr_tail.startswith("CAUSE of the crash\n")
    assert result.stderr_tail.endswith("\nLAST line\n")
    assert "bytes cut ...]" in result.stderr_tail
    assert len(result.stderr_tail) < 4200


def test_death_by_signal_is_reported(box):
    result = run(box, c_program("#include <stdlib.h>\nint main(void) { abort(); }\n"))
    assert result.exit_code is None
    assert result.signal == signal.SIGABRT


def test_stdin_inputs_and_outputs_reach_the_program_and_come_back(box):
    source = (
        "import json, sys\n"
        "cases = json.load(open('cases.json'))\n"
        "line = sys.stdin.read()\n"
        "json.dump({'sum': sum(cases), 'line': line}, open('result.json', 'w'))\n"
    )
    result = run(box, py_program(source), inputs={"cases.json": b"[1, 2, 3]"}, stdin=b"hello",
                 outputs=("result.json", "missing.json"))
    assert result.exit_code == 0, result.stderr_tail
    assert result.files == {"result.json": b'{"sum": 6, "line": "hello"}'}


def test_environment_is_minimal_and_deterministic(box):
    source = "import os, sys; print(sorted(os.environ)); print(os.environ['MINE']); print(hash('effx'))"
    first = run(box, py_program(source, MINE="yes"))
    second = run(box, py_program(source, MINE="yes"))
    keys, mine, hashed = first.stdout.decode().splitlines()
    assert mine == "yes"
    for name in ("PATH", "HOME", "LANG", "PYTHONHASHSEED", "PYTHONDONTWRITEBYTECODE"):
        assert f"'{name}'" in keys
    assert "EFFX_CACHE_DIR" not in keys and "PYTEST_CURRENT_TEST" not in keys
    assert second.stdout.decode().splitlines()[2] == hashed  # PYTHONHASHSEED is fixed


def test_compile_error_returns_the_compiler_message(box):
    compiled = box.compile(c_program("int main(void) { return undeclared_thing; }\n"))
    assert not compiled.ok
    assert compiled.sandbox_error is None
    assert "undeclared_thing" in compiled.message


def test_second_compile_of_the_same_program_is_served_from_the_cache(box):
    program = c_program(f"int main(void) {{ return 0; }} /* {uuid.uuid4().hex} */\n")
    first = box.compile(program)
    started = time.perf_counter()
    second = box.compile(program)
    elapsed = time.perf_counter() - started
    assert first.ok and not first.cached and first.seconds > 0
    assert second.ok and second.cached and second.seconds == 0
    assert second.directory == first.directory
    assert elapsed < 0.5  # a stat of the marker file, not a compiler run
    assert run(box, program).exit_code == 0


def header_build(command: str) -> Program:
    """A shared build that writes `inc/value.h` (or fails, if `command` does)."""
    return Program(language="c", files={"inc/.keep": ""}, compile_argv=["sh", "-c", command],
                   artifacts=["inc/value.h"], run_argv=["true"])


def test_shared_build_is_compiled_once_and_placed_before_each_compile(box):
    token = uuid.uuid4().hex
    shared = header_build(f"echo '#define VALUE 42 /* {token} */' > inc/value.h")

    def program(seed: int) -> Program:
        source = (f'#include <stdio.h>\n#include "value.h"\n/* {token} */\n'
                  f'int main(void) {{ printf("%d", VALUE + {seed}); }}\n')
        return Program(language="c", files={"main.c": source}, shared_build=shared, artifacts=["main"],
                       compile_argv=["gcc", "-I", "inc", "-o", "main", "main.c"], run_argv=["./main"])

    assert run(box, program(0)).stdout == b"42"
    assert run(box, program(1)).stdout == b"43"
    shared_entries = [path for path in (box.cache_dir / "build" / "c").iterdir()
                      if (path / "inc" / "value.h").is_file() and token in (path / "inc" / "value.h").read_text()]
    assert len(shared_entries) == 1
    assert not (box.compile(program(0)).directory / "inc").exists()  # the program's cache keeps only its own


def test_program_file_named_like_a_shared_file_does_not_write_into_the_cache(box):
    token = uuid.uuid4().hex
    shared = header_build(f"echo '#define VALUE 1 /* {token} */' > inc/value.h")
    shared_dir = box.compile(shared).directory
    source = '#include <stdio.h>\n#include "value.h"\nint main(void) { printf("%d", VALUE); }\n'
    program = Program(language="c", files={"main.c": source, "inc/value.h": "#define VALUE 2\n"},
                      shared_build=shared, compile_argv=["gcc", "-I", "inc", "-o", "main", "main.c"],
                      artifacts=["main"], run_argv=["./main"])
    assert run(box, program).stdout == b"2"
    assert token in (shared_dir / "inc" / "value.h").read_text()


def test_failing_shared_build_warns_and_the_program_compiles_without_it(box):
    shared = header_build(f"echo broken-{uuid.uuid4().hex} >&2; exit 1")
    program = c_program(f"int main(void) {{ return 5; }} /* {uuid.uuid4().hex} */\n")
    program = program.model_copy(update={"shared_build": shared})
    assert run(box, program).exit_code == 5
    assert any("shared c build" in warning and "broken-" in warning for warning in box.warnings)


def test_interpreted_program_is_cached_without_a_compile_step(box):
    program = py_program(f"print('{uuid.uuid4().hex}')")
    first = box.compile(program)
    assert first.ok and not first.cached
    assert (first.directory / "x.py").read_text() == program.files["x.py"]
    assert box.compile(program).cached


def test_missing_compiler_or_interpreter_is_a_sandbox_error_not_the_programs_fault(box):
    program = Program(language="c", files={"main.c": "int main(void){return 0;}"},
                      compile_argv=["no-such-compiler-effx", "main.c"], run_argv=["./main"])
    compiled = box.compile(program)
    assert not compiled.ok
    assert "no-such-compiler-effx" in (compiled.sandbox_error or "")
    result = run(box, Program(language="python", files={"x.py": ""}, run_argv=["no-such-python-effx"]))
    assert "no-such-python-effx" in (result.sandbox_error or "")


def _alive(token: str) -> list[int]:
    """Host pids of live processes whose command line carries `token` (works across PID namespaces)."""
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


def test_timeout_kills_the_whole_process_group(box):
    token = f"effx-{uuid.uuid4().hex}"
    source = (
        "import subprocess, sys\n"
        f"subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(1000)', '{token}'])\n"
        "open('started', 'w').close()\n"
        "while True: pass\n"
    )
    result = run(box, py_program(source), Limits(wall_s=1.0), outputs=("started",))
    assert result.timed_out
    assert result.signal == signal.SIGKILL
    assert "started" in result.files  # the sleeping child really existed
    assert _alive(token) == []


def test_unbounded_allocation_is_stopped_within_the_memory_limit(box):
    source = "chunks = []\nwhile True: chunks.append(bytearray(10 * 1024 * 1024))\n"
    result = run(box, py_program(source), Limits(wall_s=20, memory_mb=200))
    assert result.exit_code != 0
    assert result.memory_exceeded or "MemoryError" in result.stderr_tail
    assert result.peak_rss_kb < 260 * 1024


def test_resident_memory_watchdog_works_without_the_data_limit(box):
    source = "chunks = []\nwhile True: chunks.append(bytearray(10 * 1024 * 1024))\n"
    result = run(box, py_program(source).model_copy(update={"no_data_limit": True}), Limits(wall_s=20, memory_mb=200))
    assert result.memory_exceeded
    assert result.peak_rss_kb < 400 * 1024


def test_printing_gigabytes_hits_the_output_limit_quickly(box):
    source = "#include <stdio.h>\nint main(void) { for (;;) fputs(\"effx flood effx flood\\n\", stdout); }\n"
    started = time.perf_counter()
    result = run(box, c_program(source), Limits(wall_s=30, output_bytes=4 * MB))
    assert result.output_exceeded
    assert len(result.stdout) == 4 * MB
    assert time.perf_counter() - started < 15


def test_peak_memory_of_a_program_touching_200_mb_is_about_200_mb(box):
    source = (
        "#include <stdlib.h>\n#include <string.h>\n"
        "int main(void) {\n"
        "    size_t n = 200u << 20; char *p = malloc(n);\n"
        "    memset(p, 7, n);\n"
        "    return *(volatile char *)(p + n / 2) - 7;  /* volatile: the allocation stays */\n"
        "}\n"
    )
    result = run(box, c_program(source))
    assert result.exit_code == 0
    assert 0.85 * 200 * 1024 < result.peak_rss_kb < 1.15 * 200 * 1024


def test_peak_memory_of_a_tiny_program_is_small_despite_the_big_test_process(box):
    ballast = bytearray(300 * MB)
    ballast[::4096] = b"\1" * len(ballast[::4096])
    result = run(box, c_program("int main(void) { return 0; }\n"))
    del ballast
    assert result.exit_code == 0
    assert 0 < result.peak_rss_kb < 20 * 1024


def test_memory_integral_grows_with_duration_and_size(box):
    source = "import sys, time\nb = bytearray(int(sys.argv[1]) << 20)\ntime.sleep(float(sys.argv[2]))\n"

    def integral(mb: int, seconds: float) -> float:
        program = py_program(source)
        program = program.model_copy(update={"run_argv": [PYTHON, "x.py", str(mb), str(seconds)]})
        result = run(box, program)
        assert result.exit_code == 0, result.stderr_tail
        return result.mem_integral_mb_s

    base, bigger, longer = integral(30, 0.3), integral(120, 0.3), integral(30, 0.9)
    assert bigger > 2 * base
    assert longer > 2 * base


@needs_bwrap
def test_program_runs_as_an_unprivileged_user_in_a_private_work_directory(bwrap_box):
    source = "import os; print(os.getuid(), os.getcwd(), os.environ['HOME'], sorted(os.listdir('/tmp')))"
    result = run(bwrap_box, py_program(source))
    uid, cwd, home = result.stdout.decode().split(" ", 3)[:3]
    expected = PROGRAM_UIDS if bwrap_box.isolation == "bwrap-nobody" else [NOBODY]
    assert int(uid) in expected and (cwd, home) == ("/work", "/work")
    assert result.stdout.decode().strip().endswith("[]")


@needs_bwrap
def test_concurrent_programs_have_a_process_limit_each(bwrap_box):
    """RLIMIT_NPROC counts a uid's processes machine-wide: a fork bomb holding its whole quota must leave
    every other execution its own."""
    if bwrap_box.isolation != "bwrap-nobody":
        pytest.skip("per-execution uids need root")
    bomb = ("import os, time\nfor _ in range(200):\n    try:\n        os.fork() or time.sleep(6)\n"
            "    except OSError:\n        break\nopen('full', 'w').close()\ntime.sleep(6)\n")
    spawner = ("import subprocess, sys, time\ntime.sleep(1)\n"
               "children = [subprocess.Popen([sys.executable, '-c', 'pass']) for _ in range(8)]\n"
               "print(sum(child.wait() == 0 for child in children))\n")
    limits = Limits(wall_s=4, processes=16)
    with ThreadPoolExecutor(max_workers=2) as pool:
        bombed = pool.submit(run, bwrap_box, py_program(bomb), limits)
        time.sleep(0.5)
        other = pool.submit(run, bwrap_box, py_program(spawner), limits).result()
        bombed.result()
    assert other.exit_code == 0, other.stderr_tail
    assert other.stdout.decode().strip() == "8"


CONNECT = (
    "import socket, sys\n"
    "try:\n"
    "    socket.create_connection(('127.0.0.1', int(sys.argv[1])), timeout=3)\n"
    "    print('connected')\n"
    "except OSError as error:\n"
    "    print('failed', error.errno)\n"
)


@pytest.fixture
def host_server():
    """A TCP server listening on the host's loopback, as any local service would."""
    server = socket.create_server(("127.0.0.1", 0))
    yield server.getsockname()[1]
    server.close()


def _connect(box: LocalSandbox, port: int) -> str:
    program = py_program(CONNECT).model_copy(update={"run_argv": [PYTHON, "x.py", str(port)]})
    result = run(box, program)
    assert result.exit_code == 0, result.stderr_tail
    return result.stdout.decode().strip()


@needs_bwrap
def test_network_connections_fail_inside_bwrap(bwrap_box, host_server):
    assert _connect(bwrap_box, host_server).startswith("failed")


def test_without_bwrap_the_host_network_is_reachable_as_the_warning_says(plain_box, host_server):
    assert _connect(plain_box, host_server) == "connected"


@needs_bwrap
def test_system_dirs_are_read_only_and_private_dirs_invisible_while_work_dir_is_writable(bwrap_box):
    source = (
        "import os\n"
        "for path in ['/usr/effx-x', '/etc/effx-x', '/root/effx-x', '/bin/effx-x', '/work/ok', '/tmp/ok']:\n"
        "    try:\n"
        "        open(path, 'w').write('x'); print(path, 'written')\n"
        "    except OSError as e:\n"
        "        print(path, 'denied')\n"
        "print('root-visible', os.path.exists('/root/.cache'))\n"
    )
    result = run(bwrap_box, py_program(source))
    assert result.stdout.decode().splitlines() == [
        "/usr/effx-x denied", "/etc/effx-x denied", "/root/effx-x denied", "/bin/effx-x denied",
        "/work/ok written", "/tmp/ok written", "root-visible False",
    ]
    assert not Path("/usr/effx-x").exists() and not Path("/etc/effx-x").exists()


@needs_bwrap
def test_private_tmp_is_capped_at_the_memory_limit(bwrap_box):
    source = (
        "written = 0\n"
        "try:\n"
        "    for i in range(20):\n"
        "        open(f'/tmp/f{i}', 'wb').write(bytes(8 << 20))\n"
        "        written += 8\n"
        "except OSError as error:\n"
        "    print(written, error.errno)\n"
    )
    result = run(bwrap_box, py_program(source), Limits(wall_s=10, memory_mb=64))
    written, errno = result.stdout.decode().split()
    assert int(written) <= 64
    assert int(errno) == 28  # ENOSPC


@needs_bwrap
def test_program_cannot_change_the_compile_cache_through_its_staged_files(bwrap_box):
    program = c_program(
        '#include <stdio.h>\nint main(void) { FILE *f = fopen("main.c", "w"); '
        'if (f) { fputs("changed", f); fclose(f); return 0; } return 9; }\n'
    )
    compiled = bwrap_box.compile(program)
    result = bwrap_box.run(program, compiled, limits=Limits())
    assert result.exit_code == 9  # opening its staged source for writing was refused
    assert (compiled.directory / "main.c").read_text() == program.files["main.c"]


@needs_bwrap
def test_process_limit_bounds_a_fork_bomb(bwrap_box):
    if bwrap_box.isolation != "bwrap-nobody" and os.geteuid() == 0:
        pytest.skip("RLIMIT_NPROC is not enforced for root; needs setpriv to drop to nobody")
    source = (
        "import os, time\n"
        "made = 0\n"
        "for _ in range(200):\n"
        "    try:\n"
        "        if os.fork() == 0:\n"
        "            time.sleep(5); os._exit(0)\n"
        "        made += 1\n"
        "    except OSError:\n"
        "        break\n"
        "print(made)\n"
    )
    result = run(bwrap_box, py_program(source), Limits(wall_s=10, processes=10))
    assert result.exit_code == 0, result.stderr_tail
    assert 5 <= int(result.stdout) < 10


def test_output_files_are_never_read_through_symlinks_out_of_the_work_dir(box):
    source = "import os; os.symlink('/etc/passwd', 'result.json'); os.symlink('/etc', 'd')"
    result = run(box, py_program(source), outputs=("result.json", "d/passwd"))
    assert result.exit_code == 0, result.stderr_tail
    assert result.files == {}


def test_work_directories_are_removed_after_each_run(box):
    before = set(box.work_root.iterdir())
    run(box, py_program("open('leftover', 'w').write('x')"))
    assert set(box.work_root.iterdir()) - before == set()


def test_running_without_bubblewrap_warns_that_isolation_is_off(plain_box):
    assert plain_box.isolation == "none"
    assert any("isolation is OFF" in warning for warning in plain_box.warnings)
    assert plain_box.description == "local(no-isolation)"
