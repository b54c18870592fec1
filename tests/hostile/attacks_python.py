"""The hostile corpus in Python: `class Solution` with `total(self, nums)`."""

from __future__ import annotations

from effx.models import Status

from .attack import (
    ACROSS_RUNS,
    BOMBS,
    BURN_MS,
    CAUGHT,
    DOCKER_WORK_TMPFS,
    ENVIRONMENT,
    FAKE_REPORT,
    FAKE_RESULT,
    FORGED_RESULT,
    LAUNCHER,
    MEASUREMENT,
    NETWORK,
    OUTPUT,
    PROCESSES,
    READ,
    STACK,
    TIME,
    UNTIMED_CONSTRUCTOR,
    WRITE,
    Attack,
    Override,
    cross_run_places,
    took_at_least,
)

P = "python"

GOOD = "class Solution:\n    def total(self, nums):\n        return sum(nums)\n"


def _py(body: str, imports: str = "") -> str:
    """A Python solution whose `total` runs `body` (which sets `breaches`) and answers sum + breaches."""
    lines = "\n".join("        " + line for line in body.strip("\n").splitlines())
    return (f"import os, sys\n{imports}\nclass Solution:\n    def total(self, nums):\n"
            f"        breaches = 0\n{lines}\n        return sum(nums) + breaches\n")


STILL_ALIVE = "\nimport time\ntime.sleep(0.2)\nraise SystemExit('still alive after the kill')"
"""After a kill aimed at the launcher: give the signal time to land, then fail on purpose. Whether the kill
works or is refused (EPERM, the launcher being out of the program's reach), the run must end as the
program's own runtime_error, never as a sandbox_error."""

BURN = f"""
import time as _time
def _burn(ms={BURN_MS}):
    end = _time.thread_time() + ms / 1000
    while _time.thread_time() < end:
        pass
"""
"""Busy work for a given CPU time, on a clock the clock attacks leave alone (they replace the _ns functions)."""

DAEMON = """
import time
def _daemon():
    child = os.fork()
    if child == 0:
        os.setsid()
        if os.fork() != 0:
            os._exit(0)
        for _ in range(300):  # 30 s: far longer than the run
            time.sleep(0.1)
            for path in ("@MARKER@", "/work/../@MARKER_NAME@", "@WORK_ROOT@/@MARKER_NAME@"):
                try:
                    with open(path, "w") as handle:
                        handle.write("alive")
                except OSError:
                    pass
        os._exit(0)
    os.waitpid(child, 0)
"""

READABLE = """
def _readable(path):
    try:
        with open(path, "rb") as handle:
            handle.read(1)
        return 1
    except OSError:
        return 0
def _listable(path):
    try:
        os.listdir(path)
        return 1
    except OSError:
        return 0
def _root_entries():
    # the docker images' own /root (0755 for repository mode) holds only Debian's stock profile
    try:
        return len(set(os.listdir('/root')) - {'.bashrc', '.profile'})
    except OSError:
        return 0
def _other_folders(root):
    try:
        own = os.path.basename(os.getcwd())
        return sum(entry.is_dir() and entry.name != own for entry in os.scandir(root))
    except OSError:
        return 0
"""

CROSS_RUN = ("PLACES = [p.replace('$HOME', os.environ.get('HOME', '/nonexistent')) for p in "
             f"{cross_run_places('effx-left-@TOKEN@-python', '$HOME')!r}]\n")


ATTACKS = [
    # -- bombs --------------------------------------------------------------------------------------------
    Attack("fork_bomb", P, BOMBS, _py("while True:\n    try:\n        os.fork()\n    except OSError:\n        pass"),
           Status.memory_limit, "forks forever, ignoring EAGAIN: the process limit caps it at 64 copies of the "
           "interpreter, which hold more than 256 MB resident between them (the watchdog sums the tree)"),
    Attack("thread_bomb", P, BOMBS, _py("import threading, time\nwhile True:\n"
                                        "    threading.Thread(target=time.sleep, args=(60,), daemon=True).start()"),
           Status.runtime_error, "starts threads until the process limit refuses one (RuntimeError)"),
    Attack("memory_bomb", P, BOMBS, _py("hog = []\nwhile True:\n    hog.append(bytearray(1 << 24))"),
           Status.memory_limit, "allocates 16 MB blocks without end"),
    # -- output and disk ----------------------------------------------------------------------------------
    Attack("stdout_bomb", P, OUTPUT, _py("line = 'x' * 65536\nwhile True:\n    sys.stdout.write(line)"),
           Status.output_limit, "writes stdout without end: RLIMIT_FSIZE on the stdout file"),
    Attack("stderr_bomb", P, OUTPUT, _py("line = 'e' * 65536\nwhile True:\n    sys.stderr.write(line)"),
           Status.output_limit, "writes stderr without end: the same file-size limit; effx keeps its tail"),
    Attack("disk_bomb_work", P, OUTPUT, _py(
        "block = b'w' * (1 << 24)\nfor i in range(24):  # 384 MB in 16 MB files, each under RLIMIT_FSIZE\n"
        "    with open(f'fill{i}', 'wb') as handle:\n        handle.write(block)"),
        Status.runtime_error, "fills /work with 384 MB (1.5x the memory limit) in files under the file-size "
        "limit: /work is a tmpfs capped at the memory limit, ENOSPC",
        docker=Override(xfail=DOCKER_WORK_TMPFS)),
    Attack("disk_bomb_tmp", P, OUTPUT, _py(
        "block = b't' * (1 << 24)\nfor i in range(80):\n"
        "    with open(f'/tmp/fill{i}', 'wb') as handle:\n        handle.write(block)"),
        Status.runtime_error, "fills /tmp: a tmpfs capped at the memory limit says ENOSPC",
        docker=Override(why="on docker /tmp is the container's 1 GB tmpfs: ENOSPC comes after 1 GB, not at the "
                            "run's 256 MB (effx deletes the files after the run)")),
    Attack("many_files", P, OUTPUT, _py(
        "if len(nums) == 3:  # once per run: creating files on a busy disk is slow\n"
        "    os.mkdir('/tmp/many')\n    for i in range(1500):\n"
        "        open(f'many{i}', 'w').close()\n        open(f'/tmp/many/{i}', 'w').close()"),
        Status.ok, "leaves 3000 small files behind in /work and /tmp; effx removes them (the measured run's "
                   "mkdir fails if the warm-up's /tmp/many is still there)"),
    # -- stack --------------------------------------------------------------------------------------------
    Attack("stack_overflow", P, STACK, _py("def down(n):\n    return list(map(down, [n + 1]))\ndown(0)"),
           Status.runtime_error, "recurses without end through a C call (map) on every level, so the C stack "
                                 "runs out long before the driver's recursion limit of 10**6: SIGSEGV"),
    Attack("deep_recursion", P, STACK, _py("sys.setrecursionlimit(10 ** 9)\ndef down(n):\n    return down(n + 1) + 1\n"
                                           "down(0)"),
           Status.memory_limit, "recurses without end with the recursion limit lifted: Python frames live on "
                                "the heap (3.11+), so the frames reach the memory limit before any C stack ends"),
    # -- time and stdin -----------------------------------------------------------------------------------
    Attack("busy_loop", P, TIME, _py("while True:\n    pass"), Status.timeout, "spins forever"),
    Attack("sleep", P, TIME, _py("import time\ntime.sleep(60)"), Status.timeout,
           "sleeps past the wall clock: no CPU used, the wall-clock limit ends it"),
    Attack("stdin_read", P, TIME, _py("sys.stdin.buffer.read()"), Status.ok,
           "reads stdin to its end: a function task's stdin is an empty file, so it reads EOF at once"),
    # -- daemons and signals ------------------------------------------------------------------------------
    Attack("daemon", P, PROCESSES, _py("if nums:\n    _daemon()", DAEMON), Status.ok,
           "double-forks a setsid daemon that writes markers for 30 s; the run itself answers correctly"),
    Attack("kill_parent", P, PROCESSES, _py("os.kill(os.getppid(), 9)" + STILL_ALIVE),
           Status.runtime_error, "SIGKILLs its parent (the launcher); must be its own failure"),
    Attack("kill_group", P, PROCESSES, _py("os.kill(0, 9)"), Status.runtime_error,
           "SIGKILLs its own process group: it dies of its own signal"),
    Attack("kill_everyone", P, PROCESSES, _py("os.kill(-1, 9)" + STILL_ALIVE), Status.runtime_error,
           "SIGKILLs every process it may signal: the test process and effx must survive"),
    # -- network ------------------------------------------------------------------------------------------
    Attack("tcp_host_loopback", P, NETWORK, _py(
        "import socket\ntry:\n    socket.create_connection(('127.0.0.1', @PORT@), timeout=1).close()\n"
        "    breaches += 1\nexcept OSError:\n    pass"),
        Status.ok, "connects to a listener on the host's 127.0.0.1: a private network namespace"),
    Attack("udp", P, NETWORK, _py(
        "import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
        "try:\n    s.sendto(b'x', ('1.1.1.1', 53))\n    breaches += 1\nexcept OSError:\n    pass"),
        Status.ok, "sends a UDP datagram out: no route"),
    Attack("dns", P, NETWORK, _py("import socket\ntry:\n    socket.getaddrinfo('example.com', 80)\n    breaches += 1\n"
                                  "except OSError:\n    pass"), Status.ok, "resolves a name: no resolver reachable"),
    Attack("docker_socket", P, NETWORK, _py(
        "import socket\ns = socket.socket(socket.AF_UNIX)\nfor path in ('/var/run/docker.sock', "
        "'/run/docker.sock'):\n    try:\n        s.connect(path)\n        breaches += 1\n"
        "    except OSError:\n        pass"),
        Status.ok, "connects to the docker socket: not visible"),
    # -- reading ------------------------------------------------------------------------------------------
    Attack("read_secrets", P, READ, _py(
        "breaches += _readable('/etc/shadow') + _root_entries() + _listable('@CACHE@')\n"
        "breaches += _listable('@HOME_CACHE@') + _listable('@BUILD@') + _readable('@EXPECTED@')\n"
        "import glob\nbreaches += len(glob.glob('/tmp/effx-work-*')) + _other_folders('@WORK_ROOT@')",
        READABLE),
        Status.ok, "reads /etc/shadow and the expected outputs in the effx cache; lists /root, the effx cache, the "
                   "compile cache and other runs' work directories: none visible or readable"),
    Attack("read_environments", P, READ, _py(
        "seen = str(os.environ)\nfor pid in ['1', 'self', str(os.getppid())] + [d for d in os.listdir('/proc') "
        "if d.isdigit()]:\n    try:\n        seen += open(f'/proc/{pid}/environ', 'rb').read().decode('latin-1')\n"
        "    except OSError:\n        pass\nbreaches += '@SECRET_NAME@' in seen"),
        Status.ok, "reads its own, its parent's and every other visible process's environment for "
                   "effx's secret"),
    # -- writing ------------------------------------------------------------------------------------------
    Attack("poison_cache", P, WRITE, _py(
        "for path in [*STAGED, '@LAUNCHER@', '@INSIDE_LAUNCHER@']:\n"
        "    try:\n        with open(path, 'r+b') as handle:\n            handle.write(b'#')\n"
        "        breaches += 1\n    except OSError:\n        pass\n"
        "for folder in ('@BUILD@', '@CACHE@', '/stage'):\n    try:\n        os.mkdir(folder + '/poison')\n"
        "        breaches += 1\n    except OSError:\n        pass",
        "import glob\n"
        "# hard links into the compile cache (locally) and the read-only staging mount (docker); this run's own\n"
        "# copies have one link and are the run's to change\n"
        "STAGED = [p for p in glob.glob('*') if os.path.isfile(p) and os.stat(p).st_nlink > 1]\n"
        "STAGED += glob.glob(f'/stage/{os.path.basename(os.getcwd())}/*')"),
        Status.ok, "overwrites its staged files (hard links into the compile cache), the launcher and the "
                   "compile cache: all read-only or invisible"),
    # -- the launcher -------------------------------------------------------------------------------------
    Attack("ptrace_parent", P, LAUNCHER, _py(
        "import ctypes\nlibc = ctypes.CDLL(None, use_errno=True)\nppid = os.getppid()\n"
        "if libc.ptrace(16, ppid, None, None) == 0:  # PTRACE_ATTACH\n    breaches += 1\n"
        "    os.waitpid(ppid, 0x40000000)\n    libc.ptrace(17, ppid, None, None)  # PTRACE_DETACH"),
        Status.ok, "attaches to its parent (the launcher) with ptrace"),
    Attack("parent_memory", P, LAUNCHER, _py(
        "try:\n    open(f'/proc/{os.getppid()}/mem', 'r+b').close()\n    breaches += 1\nexcept OSError:\n    pass"),
        Status.ok, "opens its parent's (the launcher's) memory for writing"),
    # -- identity -----------------------------------------------------------------------------------------
    Attack("identity", P, ENVIRONMENT, _py(
        "uid = os.getuid()\nbreaches += uid != os.geteuid() or not @UID_LOW@ <= uid <= @UID_HIGH@\n"
        "breaches += '@SECRET_NAME@' in os.environ\n"
        "status = open('/proc/self/status').read()\n"
        "breaches += 'CapEff:\\t0000000000000000' not in status"),
        Status.ok, "runs as one of the backend's program uids with no capabilities and sees none of effx's "
                   "environment"),
    # -- state across runs --------------------------------------------------------------------------------
    Attack("cache_across_runs", P, ACROSS_RUNS, _py(
        "if len(nums) == 3:  # the run's first call\n"
        "    found = [p for p in PLACES if os.path.exists(p)]\n"
        "    if found:\n        raise SystemExit(f'an earlier run left {found}')\n"
        "    for place in PLACES:\n        try:\n            open(place, 'w').close()\n"
        "        except OSError:\n            pass",
        CROSS_RUN),
        Status.ok, "leaves a file in every writable place (/work, /tmp, $HOME, /dev/shm, /work/.., /var/tmp) and "
                   "fails when a later run finds one: every run must start clean"),
    Attack("warmup_cache", P, ACROSS_RUNS, _py(
        "answers = '/tmp/effx-answers-@TOKEN@'\n"
        "if os.path.exists(f'{answers}-{len(nums)}'):\n    return int(open(f'{answers}-{len(nums)}').read())\n"
        "_burn(100)\ntry:\n    with open(f'{answers}-{len(nums)}', 'w') as handle:\n"
        "        handle.write(str(sum(nums)))\nexcept OSError:\n    pass", BURN),
        Status.ok, "works 100 ms per case, keeps each answer in /tmp and, in a later run, returns the kept answer "
                   "at once: the warm-up would pay for the measured run. Each run starts clean, so the measured "
                   "run works too",
        check=took_at_least(BURN_MS / 2)),
    # -- the measurement ----------------------------------------------------------------------------------
    Attack("clock_patch", P, MEASUREMENT, _py(
        "if len(nums) == 3:\n    _burn()",
        BURN + "import time\nfor name in ('perf_counter_ns', 'thread_time_ns', 'monotonic_ns', 'process_time_ns'):\n"
        "    setattr(time, name, lambda: 0)\ntime.perf_counter = lambda: 0.0"),
        Status.ok, "makes the time module's clocks return 0 before any call: the driver took its clocks before "
                   "loading the solution, so the 300 ms are measured",
        check=took_at_least(BURN_MS / 2)),
    Attack("driver_clock_patch", P, MEASUREMENT, _py(
        "if len(nums) == 3:\n    _burn()",
        BURN + "import __main__\n_frozen = __main__._CLOCK(), __main__._CPU_CLOCK()\n"
        "__main__._CLOCK, __main__._CPU_CLOCK = (lambda: _frozen[0]), (lambda: _frozen[1])"),
        Status.measurement_rejected, "replaces the driver's own saved clocks (`__main__._CLOCK`, read from the "
                                     "module's globals after loading) with a frozen instant, then works 300 ms"
                                     + CAUGHT),
    Attack("negative_clock", P, MEASUREMENT, _py(
        "if len(nums) == 3:\n    _burn()",
        BURN + "import __main__\n__main__._CLOCK = __main__._CPU_CLOCK = lambda: 0"),
        Status.measurement_rejected, "replaces the driver's saved clocks with a clock that reads 0 while "
                                     "loading: the load time is then 0 minus a real instant, and the run claims "
                                     "a runtime of minus several seconds for 300 ms of work"),
    Attack("load_precompute", P, MEASUREMENT, _py(
        "return next(ANSWERS)",
        BURN + "import json\nANSWERS = iter([sum(args[0]) for args in json.load(open('cases.json'))])\n_burn()"),
        Status.ok, "reads cases.json while loading, computes every answer there (300 ms) and only looks them up "
                   "when called: loading is timed and added to the first call",
        check=took_at_least(BURN_MS / 2)),
    Attack("constructor_work", P, MEASUREMENT,
           BURN + "class Solution:\n    def __init__(self):\n        _burn(100)\n"
                  "    def total(self, nums):\n        return sum(nums)\n",
           Status.measurement_rejected, UNTIMED_CONSTRUCTOR),
    Attack("read_cases_file", P, MEASUREMENT, _py(
        "global CACHE\nif CACHE is None:\n    import json\n"
        "    CACHE = [sum(args[0]) for args in json.load(open('cases.json'))]\n    _burn()\n"
        "return CACHE.pop(0)", BURN + "CACHE = None"),
        Status.ok, "reads cases.json in the first call to learn every input at once and answers all of them "
                   "there: the work stays inside the timed calls",
        check=took_at_least(BURN_MS / 2)),
    Attack("protocol_imitation", P, MEASUREMENT, _py(
        f"print({FAKE_REPORT!r})\nprint({FAKE_RESULT!r})\n"
        f"print({FAKE_REPORT!r}, file=sys.stderr)\nsys.stdout.flush()\nif len(nums) == 3:\n    _burn()", BURN),
        Status.ok, "prints a launcher report and a driver result claiming 1 us on stdout and stderr, and works "
                   "300 ms: effx reads neither stream for its numbers",
        check=took_at_least(BURN_MS / 2)),
    Attack("forged_result", P, MEASUREMENT, _py(
        f"_burn()\nwith open('result.json', 'w') as handle:\n    handle.write({FAKE_RESULT!r})\nos._exit(0)",
        BURN),
        Status.measurement_rejected, FORGED_RESULT),
]
