"""The `repo` row: repository commands, sent to `Sandbox.exec` the way repository mode sends them.

Repository mode runs a patched repository's own code (set-up, builds, tests, workloads) with the worktree
as its writable working folder, read-only host folders mounted in, merged output and limits on time and
processes (`effx.repos.shell.CommandRunner.run`). These cases send the same kind of request, with a temp
folder standing in for the worktree and the host's toolchains mounted read-only as repository mode
mounts them (`effx.repos.environment.host_toolchains`), and check from the host what a hostile patch
would try: reaching the network, writing or reading outside the worktree, fork-bombing, outliving its
wall limit. Two more check
that a command the sandbox cannot start is reported as the infrastructure's failure, never raised.

Every program runs as `/usr/bin/python3` or `sh`, which every sandbox has (the docker backend runs
repository commands in the python image).
"""

from __future__ import annotations

import json
import os
import re
import signal
import tempfile
import time
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from effx.sandbox.conformance.listener import HostListener
from effx.sandbox.conformance.result import CheckResult

if TYPE_CHECKING:
    from effx.models import Limits
    from effx.sandbox.base import Execution, Mount, Sandbox

ROW = "repo"
PYTHON = "/usr/bin/python3"
REPO_PROCESSES = 512
"""Process limit of the other cases, as repository mode's default: the limit is per user on the host, so
sandboxes running beside the check (a fork bomb in another run) must not starve it."""
FORK_PROCESSES = 32
"""Process limit of the fork-bomb case; the bomb tries four times as many."""
FORK_STOPPED = 3
"""Exit code of the fork bomb when a fork failed, i.e. the process limit stopped it."""
WALL_S = 1.0
"""Wall limit of the wall-limit case; its background child would act after 2 s."""
WALL_SLACK_S = 5.0
"""How much later than its wall limit a timed-out command may return (killing, reporting, docker)."""

REPO_CASES: dict[str, str] = {
    "repo_ok": "exit 0, out.txt written into the worktree on the host",
    "repo_no_network": "a non-zero exit, no connection reaching the host's loopback",
    "repo_no_write_outside": "writes outside the worktree fail and leave nothing on the host",
    "repo_no_read_root": "/etc/shadow unreadable, nothing of the host's /root visible",
    "repo_fork_bomb": f"stopped by the process limit ({FORK_PROCESSES}) within the wall limit, nothing left running",
    "repo_wall_limit": f"timed out at {WALL_S:g} s, its background child killed before acting",
    "repo_missing_argv": "a sandbox_error naming the missing program",
    "repo_unreadable_workdir": "a sandbox_error saying the work directory does not exist",
}
"""Every case of the `repo` row, with what it must do."""
ISOLATION_CASES = ("repo_no_network", "repo_no_write_outside", "repo_no_read_root")
"""Cases that check isolation the local backend does not provide without bubblewrap."""

Verdict = tuple[bool, str, str]
"""(passed, got, detail) of one case."""


@dataclass(frozen=True)
class Worktree:
    """A stand-in worktree and the request template every case starts from."""

    sandbox: Sandbox
    path: Path
    """The temp folder commands run in (`ExecRequest.workdir`)."""
    mounts: tuple[Mount, ...]
    """Read-only toolchains and a writable outbox, as repository mode mounts them."""
    env: dict[str, str]
    """The complete environment of every command (nothing of effx's own is inherited)."""
    listener: HostListener
    """The host loopback listener the network case tries to reach."""

    def run(self, argv: list[str], limits: Limits | None = None, workdir: Path | None = None) -> Execution:
        """Run `argv` as repository mode runs a command: in the worktree, merged output, mounts."""
        from effx.models import Limits
        from effx.sandbox.base import ExecRequest

        limits = limits or Limits(wall_s=30, cpu_s=60, memory_mb=1024, processes=REPO_PROCESSES)
        return self.sandbox.exec(ExecRequest(
            argv=argv, environment="repo", workdir=workdir or self.path, mounts=self.mounts, env=self.env,
            limits=limits, no_data_limit=True, merge_stderr=True, stdout_tail=64 << 10,
        ))


def check_repo(sandbox: Sandbox, *, listener: HostListener) -> list[CheckResult]:
    """Run and judge every case of the `repo` row on `sandbox` (the python image already checked)."""
    from effx.repos.environment import BASE_PATH, host_toolchains
    from effx.sandbox.base import Mount

    isolated = getattr(sandbox, "isolation", "container") != "none"
    results = []
    with tempfile.TemporaryDirectory(prefix="effx-conformance-", ignore_cleanup_errors=True) as tmp:
        root = Path(tmp)
        (root / "worktree").mkdir()
        (root / "outbox").mkdir()
        tools = host_toolchains()  # what repository mode mounts: interpreter, rustup's toolchain, Go root
        mounts = (*tools.mounts, Mount(root / "outbox", writable=True))
        env = {"PATH": ":".join([*tools.path, BASE_PATH]), "HOME": "/tmp", **tools.env}
        tree = Worktree(sandbox, root / "worktree", mounts, env, listener)
        for case, expected in REPO_CASES.items():
            if case in ISOLATION_CASES and not isolated:
                results.append(CheckResult(sandbox.name, ROW, case, False, expected, "not run",
                                           skipped="the local sandbox runs without bubblewrap here: no "
                                                   "isolation to check"))
                continue
            try:
                passed, got, detail = CASES[case](tree)
            except Exception as error:  # noqa: BLE001 -- a backend must never raise for a command
                passed, got, detail = False, f"raised {type(error).__name__}: {error}", traceback.format_exc()
            results.append(CheckResult(sandbox.name, ROW, case, passed, expected, got, detail))
    return results


def outcome(done: Execution) -> str:
    """What an execution did, in a few words."""
    if done.sandbox_error:
        return f"sandbox_error: {done.sandbox_error}"
    parts = ["timed out" if done.timed_out else f"killed by signal {done.signal}" if done.signal
             else f"exit {done.exit_code}"]
    parts += [name for name, hit in (("memory limit", done.memory_exceeded), ("output limit", done.output_exceeded))
              if hit]
    return ", ".join(parts)


def output(done: Execution) -> str:
    """The end of what a command printed (both streams), for the detail of a verdict."""
    return done.stdout.decode("utf-8", "replace")[-1500:]


def failed_by_itself(done: Execution) -> bool:
    """Ran, and exited non-zero (not a limit, not the infrastructure)."""
    return done.sandbox_error is None and not done.timed_out and done.exit_code not in (None, 0)


# ---- the cases ------------------------------------------------------------------------------------------

def repo_ok(tree: Worktree) -> Verdict:
    done = tree.run(["sh", "-c", "echo hi > out.txt"])
    written = tree.path / "out.txt"
    content = written.read_text(errors="replace") if written.is_file() else None
    got = outcome(done) + ("" if content == "hi\n" else f", out.txt {'missing' if content is None else repr(content)}")
    return done.ok and content == "hi\n", got, output(done)


def repo_no_network(tree: Worktree) -> Verdict:
    tree.listener.accepted()
    code = f"import socket\nsocket.create_connection(('127.0.0.1', {tree.listener.port}), timeout=3).close()\n"
    done = tree.run([PYTHON, "-c", code])
    connections = tree.listener.accepted()
    got = outcome(done) + (f", {connections} connection(s) reached the host" if connections else "")
    return failed_by_itself(done) and connections == 0, got, output(done)


def repo_no_write_outside(tree: Worktree) -> Verdict:
    name = f"effx-conformance-escape-{uuid.uuid4().hex[:12]}"
    targets = [Path("/etc") / name, tree.path.parent / name]
    passed, got, detail = True, [], []
    for target in targets:
        done = tree.run(["sh", "-c", 'echo escaped > "$1"', "sh", str(target)])
        escaped = target.exists()
        target.unlink(missing_ok=True)
        passed = passed and failed_by_itself(done) and not escaped
        got.append(f"{target}: {outcome(done)}{', created on the host' if escaped else ''}")
        detail.append(output(done))
    return passed, "; ".join(got), "\n".join(detail)


LIST_ROOT = """import json, os
try:
    names = os.listdir('/root')
except OSError as error:
    print(json.dumps(type(error).__name__))
else:
    seen = {}
    for name in names:
        try:
            info = os.lstat(os.path.join('/root', name))
            seen[name] = [info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns]
        except OSError:
            seen[name] = None
    print(json.dumps(seen))
"""


def identity(info: os.stat_result) -> list[int]:
    """What makes an entry the host's own: device and inode (a bind mount), size and time (a copy)."""
    return [info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns]


def same_file(inside: list[int] | None, host: list[int]) -> bool:
    """Whether an entry seen inside (None: could not be examined) may be the host's entry."""
    return inside is None or inside[:2] == host[:2] or inside[2:] == host[2:]


def repo_no_read_root(tree: Worktree) -> Verdict:
    """`/etc/shadow` is unreadable and no entry of the host's `/root` shows inside.

    An image may have a `/root` of its own (the python image's holds Debian's `.bashrc`): an entry
    counts as the host's when it is the same file (device and inode) or a copy of it (size and
    modification time), and its name is not that of a folder the request mounted under `/root`.
    """
    shadow = tree.run(["cat", "/etc/shadow"])
    listing = tree.run([PYTHON, "-c", LIST_ROOT])
    try:
        inside = json.loads(listing.stdout.decode("utf-8", "replace").strip().splitlines()[-1])
    except (ValueError, IndexError):
        inside = None
    host: dict[str, list[int]] = {}
    try:
        for name in os.listdir("/root"):
            host[name] = identity(os.lstat(Path("/root") / name))
    except OSError:
        pass  # effx is not root: nothing of /root to leak
    mounted = set()  # a folder the request mounts under /root appears there, and may
    for inside_path in (*(PurePosixPath(m.inside) for m in tree.mounts), PurePosixPath(tree.path)):
        if inside_path.is_relative_to("/root") and inside_path != PurePosixPath("/root"):
            mounted.add(inside_path.relative_to("/root").parts[0])
    shown = ({name for name, seen in inside.items() if name in host and name not in mounted
              and same_file(seen, host[name])} if isinstance(inside, dict) else set())
    got = [f"cat /etc/shadow: {outcome(shadow)}"]
    if inside is None:
        got.append(f"listing /root did not run: {outcome(listing)}")
    else:
        got.append(f"/root inside: {inside if isinstance(inside, str) else ', '.join(sorted(inside)) or 'empty'}")
    if shown:
        got.append(f"host entries visible: {', '.join(sorted(shown))}")
    passed = failed_by_itself(shadow) and inside is not None and not shown
    return passed, "; ".join(got), f"/etc/shadow: {output(shadow)}\n/root: {output(listing)}"


FORK_BOMB = """import os, sys, time
# {marker}
for _ in range({tries}):
    try:
        pid = os.fork()
    except OSError:
        sys.exit({stopped})
    if pid == 0:
        time.sleep(60)
        os._exit(0)
"""


def repo_fork_bomb(tree: Worktree) -> Verdict:
    from effx.models import Limits

    marker = f"effx-conformance-fork-{uuid.uuid4().hex[:12]}"
    code = FORK_BOMB.format(marker=marker, tries=FORK_PROCESSES * 4, stopped=FORK_STOPPED)
    # Memory to spare: the resident-memory watchdog counts each fork's shared pages, and must not be what
    # stops the bomb in place of the process limit.
    limits = Limits(wall_s=20, cpu_s=40, memory_mb=4096, processes=FORK_PROCESSES)
    start = time.monotonic()
    done = tree.run([PYTHON, "-c", code], limits)
    elapsed = time.monotonic() - start
    survivors = processes_with(marker)
    deadline = time.monotonic() + 2  # killed processes may take a moment to leave the process table
    while survivors and time.monotonic() < deadline:
        time.sleep(0.1)
        survivors = processes_with(marker)
    for pid in survivors:  # never leave a bomb behind on the host
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    stopped = (done.sandbox_error is None and not done.timed_out and not done.memory_exceeded
               and (done.exit_code not in (None, 0) or done.signal is not None))
    note = (" (a fork failed)" if done.exit_code == FORK_STOPPED
            else " (every fork succeeded: no process limit)" if done.exit_code == 0 else "")
    got = [outcome(done) + note, f"returned after {elapsed:.1f} s"]
    if survivors:
        got.append(f"{len(survivors)} process(es) survived")
    return stopped and elapsed < limits.wall_s and not survivors, ", ".join(got), output(done)


def processes_with(marker: str) -> list[int]:
    """Host processes whose command line contains `marker`."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if marker.encode() in cmdline:
                found.append(int(entry.name))
    return found


LATE_CHILD = """import os, subprocess
subprocess.Popen(['sh', '-c', 'sleep 2; touch {name}'], start_new_session=True)
os.execvp('sleep', ['sleep', '30'])
"""


def repo_wall_limit(tree: Worktree) -> Verdict:
    from effx.models import Limits

    name = f"late-{uuid.uuid4().hex[:12]}"
    start = time.monotonic()
    limits = Limits(wall_s=WALL_S, cpu_s=10, processes=REPO_PROCESSES)
    done = tree.run([PYTHON, "-c", LATE_CHILD.format(name=name)], limits)
    elapsed = time.monotonic() - start
    time.sleep(3)
    late = (tree.path / name).exists()
    got = f"{outcome(done)} after {elapsed:.1f} s" + (", the background child outlived it" if late else "")
    return done.timed_out and elapsed < WALL_S + WALL_SLACK_S and not late, got, output(done)


def repo_missing_argv(tree: Worktree) -> Verdict:
    done = tree.run(["/no/such/program"])
    passed = done.sandbox_error is not None and "/no/such/program" in done.sandbox_error
    return passed, outcome(done), output(done)


def repo_unreadable_workdir(tree: Worktree) -> Verdict:
    missing = tree.path.parent / "no-such-worktree"
    done = tree.run(["true"], workdir=missing)
    error = done.sandbox_error or ""
    passed = str(missing) in error and re.search(r"does not exist|no such", error, re.I) is not None
    return passed, outcome(done), output(done)


CASES: dict[str, Callable[[Worktree], Verdict]] = {
    "repo_ok": repo_ok, "repo_no_network": repo_no_network, "repo_no_write_outside": repo_no_write_outside,
    "repo_no_read_root": repo_no_read_root, "repo_fork_bomb": repo_fork_bomb, "repo_wall_limit": repo_wall_limit,
    "repo_missing_argv": repo_missing_argv, "repo_unreadable_workdir": repo_unreadable_workdir,
}
