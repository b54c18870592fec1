"""The docker backend's own promises: what the container allows, and that nothing outlives `close()`.

Programs run through `DockerSandbox.compile`/`run` with hand-made `Program`s; verdicts for solutions of
every language are the conformance suite's job (`effx.sandbox.conformance`, asserted by
tests/conformance). Skipped with the reason when no engine answers or the python/cpp images are not
built (scripts/install_docker.sh provides both).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from effx.models import Limits, Program
from effx.sandbox.uids import PROGRAM_UIDS

PROBE = """
import json, os
def write_to(path):
    try:
        with open(path, "w") as f:
            f.write("x")
        return "ok"
    except OSError as error:
        return error.strerror
root = next(line.split() for line in open("/proc/self/mountinfo") if line.split()[4] == "/")
print(json.dumps({
    "interfaces": sorted(os.listdir("/sys/class/net")),
    "uid": os.getuid(),
    "root_options": root[5].split(","),
    "write_etc": write_to("/etc/effx-probe"),
    "write_usr": write_to("/usr/effx-probe"),
    "write_work": write_to("here.txt"),
    "write_tmp": write_to("/tmp/effx-probe"),
}))
"""

FORKS = """
import os, time
children = []
try:
    while len(children) < 500:
        pid = os.fork()
        if pid == 0:
            time.sleep(30)
            os._exit(0)
        children.append(pid)
except OSError:
    pass
print(len(children))
"""


def python_program(source: str) -> Program:
    return Program(language="python", files={"main.py": source}, run_argv=["/usr/bin/python3", "-S", "main.py"])


def require_images(*languages: str) -> None:
    from effx.sandbox.docker import engine_problem
    from effx.sandbox.images import image_problem

    problem = engine_problem()
    if problem:
        pytest.skip(f"docker backend unavailable: {problem}")
    for language in languages:
        problem = image_problem(language)
        if problem:
            pytest.skip(f"no {language} image: {problem}")


@pytest.fixture(scope="module")
def docker_box(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    require_images("python", "cpp")
    from effx.sandbox.docker import DockerSandbox

    with DockerSandbox(cache_dir=tmp_path_factory.mktemp("docker-cache"), pids=64) as box:
        yield box


def run_python(box: object, source: str, limits: Limits | None = None) -> tuple[str, object]:
    from effx.sandbox.docker import DockerSandbox

    assert isinstance(box, DockerSandbox)
    program = python_program(source)
    compiled = box.compile(program)
    assert compiled.ok, compiled
    execution = box.run(program, compiled, limits=limits or Limits(wall_s=20))
    assert execution.sandbox_error is None, execution.sandbox_error
    return execution.stdout.decode(), execution


def test_container_has_only_loopback_and_runs_programs_as_an_unprivileged_user_of_their_own(docker_box: object) -> None:
    out, _ = run_python(docker_box, PROBE)
    probe = json.loads(out)
    assert probe["interfaces"] == ["lo"]
    assert probe["uid"] in PROGRAM_UIDS


def test_root_is_mounted_read_only_and_only_work_and_tmp_are_writable(docker_box: object) -> None:
    probe = json.loads(run_python(docker_box, PROBE)[0])
    assert "ro" in probe["root_options"]
    assert probe["write_etc"] == "Read-only file system"
    assert probe["write_usr"] == "Read-only file system"
    assert probe["write_work"] == "ok" and probe["write_tmp"] == "ok"


def test_container_pids_limit_holds_even_when_the_run_allows_more(docker_box: object) -> None:
    out, execution = run_python(docker_box, FORKS, Limits(wall_s=60, processes=5000))
    started = int(out.strip())
    assert 0 < started < 64, f"{started} processes started in a container limited to 64"
    assert getattr(execution, "exit_code", None) == 0


def test_compiled_program_runs_and_its_artifacts_are_cached_on_the_host(docker_box: object) -> None:
    from effx.sandbox.docker import DockerSandbox

    assert isinstance(docker_box, DockerSandbox)
    program = Program(language="cpp", files={"main.cpp": "#include <cstdio>\nint main(){std::puts(\"hi\");}\n"},
                      compile_argv=["g++", "-O2", "-o", "main", "main.cpp"], artifacts=["main"], run_argv=["./main"])
    first = docker_box.compile(program)
    assert first.ok and not first.cached, first
    assert (Path(first.directory) / "main").is_file()
    again = docker_box.compile(program)
    assert again.cached and again.directory == first.directory
    execution = docker_box.run(program, again, limits=Limits(wall_s=20))
    assert execution.exit_code == 0 and execution.stdout == b"hi\n", execution


def test_compile_error_carries_the_compilers_message(docker_box: object) -> None:
    from effx.sandbox.docker import DockerSandbox

    assert isinstance(docker_box, DockerSandbox)
    program = Program(language="cpp", files={"main.cpp": "int main() { return undefined_name; }\n"},
                      compile_argv=["g++", "-o", "main", "main.cpp"], artifacts=["main"], run_argv=["./main"])
    outcome = docker_box.compile(program)
    assert not outcome.ok and outcome.sandbox_error is None
    assert "undefined_name" in outcome.message


def test_a_long_stderr_keeps_its_start_and_its_end_as_on_the_local_backend(docker_box: object) -> None:
    from test_sandbox_local import LONG_STDERR

    _, execution = run_python(docker_box, LONG_STDERR)
    tail = execution.stderr_tail  # type: ignore[attr-defined]
    assert tail.startswith("CAUSE of the crash\n") and tail.endswith("\nLAST line\n")
    cut = 100_000 + len("CAUSE of the crash\n\nLAST line\n") - 4096
    assert f"\n[... {cut} bytes cut ...]\n" in tail


def test_containers_are_removed_by_close(tmp_path: Path) -> None:
    require_images("python")
    import docker

    from effx.sandbox.docker import DockerSandbox

    box = DockerSandbox(cache_dir=tmp_path)
    with box:
        run_python(box, "print(1)")
        name = box.container("python").name
        assert box.engine.containers.get(name).status == "running"
    with pytest.raises(docker.errors.NotFound):
        box.engine.containers.get(name)
    assert not box.stage_root.exists()


def test_a_language_without_an_image_is_a_sandbox_error_not_the_programs_fault(docker_box: object) -> None:
    from effx.sandbox.docker import DockerSandbox

    assert isinstance(docker_box, DockerSandbox)
    outcome = docker_box.compile(Program(language="cobol", files={"main.cob": ""}, run_argv=["./main"]))
    assert not outcome.ok and outcome.sandbox_error and "cobol" in outcome.sandbox_error


def test_nothing_one_execution_leaves_in_tmp_reaches_the_next(docker_box: object) -> None:
    """The container outlives its executions: a solution must not find its own earlier repetition's cache."""
    source = ("import os\nplaces = ('/tmp', '/dev/shm')\n"
              "seen = sorted(n for d in places for n in os.listdir(d) if n.startswith('cache'))\n"
              "for d in places:\n    try:\n        open(d + '/cache-' + str(os.getpid()), 'w').write('42')\n"
              "    except OSError:\n        pass\nprint(seen)\n")
    first, second = run_python(docker_box, source)[0], run_python(docker_box, source)[0]
    assert first.strip() == "[]" and second.strip() == "[]"
