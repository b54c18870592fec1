"""What an entry of the hostile corpus is, the task every entry solves, and what several languages share.

Every entry is a solution of `SUM_TASK` (`total(nums) -> int64`) that attacks the sandbox while it is
measured. Most probes keep answering: they return `sum(nums)` plus the number of breaches that worked,
so `ok` means the attack was contained *and* the program ran to a normal end (a crash would hide
whether the probe got through), and a breach shows up as `wrong_answer`. Bombs and kills must end with
the status named here instead.

Only the warm-up run's answers are compared with the expected ones (`effx.measure.protocol`: the measured
runs are timed, not checked), so a probe that looks for state left by an earlier run of itself signals a
breach by failing (`runtime_error`), not by its answer.

Codes hold `@NAME@` placeholders for what only the running test knows (the listener's port, the host
paths of the effx cache and of work directories, the marker file, the range of uids programs run as);
`render` fills them in.

An entry whose attack works against effx today is a real hole: it carries `xfail` with the reason and
the test marks it `xfail(strict=True)`, so fixing the hole turns the entry into a failure to update.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from effx.models import Param, RunResult, Signature, Status, Task, TestCase

SUM_TASK = Task(
    id="hostile_sum", title="Sum of a list (hostile corpus)", mode="function",
    signature=Signature(name="total", params=[Param(name="nums", type="list[int]")], returns="int64"),
    time_limit_s=3, memory_limit_mb=256,
    cases=[TestCase(input=[[1, 2, 3]], expected=6), TestCase(input=[[5] * 100], expected=500),
           TestCase(input=[[]], expected=0)],
)
"""Three seconds: room for a JVM's start-up plus the measurement attacks' work on a loaded 2-core machine."""

SECRET_NAME = "EFFX_HOSTILE_SECRET"
"""Set in the test process's environment; nothing inside the sandbox may see it."""

BURN_MS = 300
"""How much CPU time the measurement attacks spend. The cross-check allows 25 ms plus once what the driver
alone takes (the baseline) on both clocks; 300 ms is far above that for C, C++, Go, Rust, Python and Ruby.
Burning CPU time rather than wall time keeps the margin when neighbours slow the machine down: both the
burn's and the baseline's wall time stretch alike."""
SLOW_START_BURN_MS = 400
"""The same for Java and JavaScript, whose driver alone takes 100-300 ms (a JVM, V8)."""

BACKENDS = ("local", "docker")

# -- categories, in the order the table shows them -------------------------------------------------------

BOMBS = "fork, thread and memory bombs"
OUTPUT = "stdout, stderr and disk"
STACK = "stack"
TIME = "time and stdin"
PROCESSES = "daemons and signals"
NETWORK = "network"
READ = "reading what is not the run's"
WRITE = "writing what is not the run's"
LAUNCHER = "the launcher (ptrace, memory)"
ENVIRONMENT = "identity and environment"
ACROSS_RUNS = "state across runs"
MEASUREMENT = "the measurement"
CATEGORIES = (BOMBS, OUTPUT, STACK, TIME, PROCESSES, NETWORK, READ, WRITE, LAUNCHER, ENVIRONMENT, ACROSS_RUNS,
              MEASUREMENT)

# -- reasons shared by several entries -------------------------------------------------------------------

CAUGHT = "; the launcher's outside measurement (the cross-check) sees the time the driver did not report"
FORGED_RESULT = ("works (300 ms of CPU, 400 in Java and JavaScript), then writes the driver's result file "
                 "(result.json, in the writable /work) itself, claiming 1 ns per call, and exits" + CAUGHT)
UNTIMED_START = ("reads cases.json and works (300 ms of CPU, 400 in Java) in code that runs before the driver's "
                 "first clock reading (@WHERE@), so the calls only look the answers up" + CAUGHT)
UNTIMED_CONSTRUCTOR = ("works (100 ms of CPU, 133 in Java and JavaScript) in the constructor of each case's "
                       "Solution, which the driver builds before it reads the clock, and nothing in the call" + CAUGHT)
OWN_CLOCK = ("defines clock_gettime itself, frozen at one instant, and works 300 ms of CPU: linked into the "
             "driver's binary, it replaces libc's for the driver's own readings (@WHERE@)" + CAUGHT)
DOCKER_WORK_TMPFS = ("on docker /work is one 1 GB tmpfs per container whatever the task's memory limit (its pages "
                     "count against the container's 4 GB, not the run's 256 MB): 384 MB fit")


@dataclass(frozen=True)
class Override:
    """How an entry fares on one backend when that differs from the local sandbox."""

    expected: Status | None = None
    """The status there; None: the same as locally."""
    why: str = ""
    """Why it differs."""
    xfail: str | None = None
    """The open hole there; None: the entry's own `xfail`, "": none."""


@dataclass(frozen=True)
class Attack:
    """One hostile program and what effx must make of it."""

    name: str
    language: str
    category: str
    code: str
    expected: Status
    """The status the run must get."""
    why: str
    """What the attack does and why that status is the right one."""
    check: Callable[[RunResult], bool] | None = None
    """Further condition on the result (e.g. a forged measurement must not be believed)."""
    xfail: str = ""
    """Non-empty: the attack works against effx today, for this reason (a strict expected failure)."""
    docker: Override | None = None
    """What differs on the docker backend, and why."""

    @property
    def id(self) -> str:
        return f"{self.name}-{self.language}"

    def expected_on(self, backend: str) -> Status:
        override = self.docker if backend == "docker" else None
        return override.expected if override is not None and override.expected is not None else self.expected

    def xfail_on(self, backend: str) -> str:
        override = self.docker if backend == "docker" else None
        return override.xfail if override is not None and override.xfail is not None else self.xfail


def took_at_least(ms: float) -> Callable[[RunResult], bool]:
    """A check that the reported runtime covers the `ms` of work the program really did."""
    def check(result: RunResult) -> bool:
        return (result.runtime_ms or 0) >= ms
    return check


def render(code: str, context: dict[str, str]) -> str:
    """The code with every `@NAME@` placeholder replaced by `context[NAME]`."""
    for name, value in context.items():
        code = code.replace(f"@{name}@", value)
    left = re.findall(r"@[A-Z_]+@", code)
    assert not left, f"unfilled placeholders {left} in:\n{code}"
    return code


# -- what several languages' probes share ----------------------------------------------------------------

DAEMON_PATHS = ("@MARKER@", "/work/../@MARKER_NAME@", "@WORK_ROOT@/@MARKER_NAME@")
"""Where a daemon writes its marker: the host test looks for each of them after the corpus."""

SH_DAEMON = ("(setsid sh -c 'for i in $(seq 300); do sleep 0.1; for p in " + " ".join(DAEMON_PATHS)
             + "; do echo alive > $p; done; done' </dev/null >/dev/null 2>&1 &)")
"""A shell line that double-forks a setsid daemon writing markers for 30 s, far longer than any run; its
parent shell returns at once, so the program's own call goes on."""

CROSS_RUN_PLACES = ("@NAME@", "/tmp/@NAME@", "@HOME@/@NAME@", "/dev/shm/@NAME@", "../@NAME@", "/var/tmp/@NAME@")
"""Every place a run might write and a later run might read: its own folder, /tmp, $HOME, /dev/shm, the
folder above its own and /var/tmp. Filled per language: NAME by the marker, HOME by how it reads $HOME."""

FAKE_REPORT = ('{"exit_code": 0, "signal": null, "timed_out": false, "memory_exceeded": false, '
               '"output_exceeded": false, "wall_ns": 1000, "user_ns": 1000, "sys_ns": 0, "peak_rss_kb": 1, '
               '"mem_integral_mb_s": 0.0, "samples": 0, "exec_error": null}')
FAKE_RESULT = '{"outputs": [6, 500, 0], "times_ns": [1, 1, 1], "cpu_times_ns": [1, 1, 1]}'
"""What the launcher's report and the driver's result look like, as a program may print them to fool a
parser that scans its output."""


def cross_run_places(name: str, home: str) -> list[str]:
    return [place.replace("@NAME@", name).replace("@HOME@", home) for place in CROSS_RUN_PLACES]
