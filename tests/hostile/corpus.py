"""The hostile corpus: one small program per attack and language, and the status it must get.

Every entry is a solution of `SUM_TASK` (`total(nums) -> int64`) that attacks the sandbox while it is
measured. Most probes keep answering: they return `sum(nums)` plus the number of breaches that worked,
so `ok` means the attack was contained *and* the program ran to a normal end (a crash would hide
whether the probe got through), and a breach shows up as `wrong_answer`. Bombs and kills must end with
the status named here instead.

Codes hold `@NAME@` placeholders for what only the running test knows (the listener's port, the host
paths of the effx cache and of work directories, the marker file); `render` fills them in.

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

SECRET_NAME = "EFFX_HOSTILE_SECRET"
"""Set in the test process's environment; nothing inside the sandbox may see it."""

FORGED_RESULT = ("the driver's result channel is result.json in the writable /work, read back after the run: a "
                 "program that writes it itself and exits 0 is believed (runtime 3e-06 ms for 300 ms of work)")


@dataclass(frozen=True)
class Attack:
    """One hostile program and what effx must make of it."""

    name: str
    language: str
    code: str
    expected: Status
    """The status the run must get."""
    why: str
    """What the attack does and why that status is the right one."""
    check: Callable[[RunResult], bool] | None = None
    """Further condition on the result (e.g. a forged measurement must not be believed)."""
    xfail: str = ""
    """Non-empty: the attack works against effx today, for this reason (a strict expected failure)."""

    @property
    def id(self) -> str:
        return f"{self.name}-{self.language}"


def render(code: str, context: dict[str, str]) -> str:
    """The code with every `@NAME@` placeholder replaced by `context[NAME]`."""
    for name, value in context.items():
        code = code.replace(f"@{name}@", value)
    left = re.findall(r"@[A-Z_]+@", code)
    assert not left, f"unfilled placeholders {left} in:\n{code}"
    return code


def _py(body: str, imports: str = "") -> str:
    """A Python solution whose `total` runs `body` (which sets `breaches`) and answers sum + breaches."""
    lines = "\n".join("        " + line for line in body.strip("\n").splitlines())
    return (f"import os, sys\n{imports}\nclass Solution:\n    def total(self, nums):\n"
            f"        breaches = 0\n{lines}\n        return sum(nums) + breaches\n")


def _c(body: str, includes: str = "") -> str:
    """A C solution whose `total` runs `body` (which counts into `breaches`) and answers sum + breaches."""
    head = "#include <unistd.h>\n#include <signal.h>\n#include <fcntl.h>\n#include <errno.h>\n" + includes
    return (f"{head}\nlong long total(int* nums, int numsSize) {{\n    long long breaches = 0;\n{body}\n"
            "    long long s = 0;\n    for (int i = 0; i < numsSize; i++) s += nums[i];\n"
            "    return s + breaches;\n}\n")


def _cpp(before: str, body: str = "") -> str:
    """A C++ solution with code at namespace scope (`before`) and a correct `total`."""
    return (f"#include <unistd.h>\n#include <signal.h>\n#include <fcntl.h>\n{before}\n"
            "class Solution { public: long long total(vector<int>& nums) {\n"
            f"  long long breaches = 0;\n{body}\n"
            "  long long s = 0; for (int x : nums) s += x; return s + breaches; } };\n")


# -- helpers shared by several probes -----------------------------------------------------------------------

PY_STILL_ALIVE = "\nimport time\ntime.sleep(0.2)\nraise SystemExit('still alive after the kill')"
C_STILL_ALIVE = " usleep(200000); fputs(\"still alive after the kill\\n\", stderr); abort();"
"""After a kill aimed at the launcher: give the signal time to land, then fail on purpose. Whether the kill
works (today) or is refused (EPERM, once the launcher is out of the program's reach), the run must end as
the program's own runtime_error, never as a sandbox_error."""

C_CAN_OPEN = """
static int effx_can_open(const char* path, int flags) {
    int fd = open(path, flags);
    if (fd < 0) return 0;
    close(fd);
    return 1;
}
"""

C_DAEMON = """
static void effx_daemon(void) {
    pid_t child = fork();
    if (child == 0) {
        setsid();
        if (fork() != 0) _exit(0);
        const char* paths[] = {"@MARKER@", "/work/../@MARKER_NAME@", "@WORK_ROOT@/@MARKER_NAME@", 0};
        for (int round = 0; round < 300; round++) {   /* 30 s: far longer than the run */
            usleep(100000);
            for (int i = 0; paths[i]; i++) {
                int fd = open(paths[i], O_WRONLY | O_CREAT, 0644);
                if (fd >= 0) { (void)!write(fd, "alive\\n", 6); close(fd); }
            }
        }
        _exit(0);
    }
    if (child > 0) waitpid(child, 0, 0);
}
"""

PY_DAEMON = """
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

PY_READABLE = """
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
"""


def _python_attacks() -> list[Attack]:
    p = "python"
    return [
        Attack("fork_bomb", p, _py("while True:\n    try:\n        os.fork()\n    except OSError:\n        pass"),
               Status.memory_limit, "forks forever, ignoring EAGAIN: the process limit caps it at 64 copies of the "
               "interpreter, which hold more than 256 MB resident between them (the watchdog sums the tree)"),
        Attack("thread_bomb", p, _py("import threading, time\nwhile True:\n"
                                     "    threading.Thread(target=time.sleep, args=(60,), daemon=True).start()"),
               Status.runtime_error, "starts threads until the process limit refuses one (RuntimeError)"),
        Attack("memory_bomb", p, _py("hog = []\nwhile True:\n    hog.append(bytearray(1 << 24))"),
               Status.memory_limit, "allocates 16 MB blocks without end"),
        Attack("stdout_bomb", p, _py("line = 'x' * 65536\nwhile True:\n    sys.stdout.write(line)"),
               Status.output_limit, "writes stdout without end: RLIMIT_FSIZE on the stdout file"),
        Attack("stderr_bomb", p, _py("line = 'e' * 65536\nwhile True:\n    sys.stderr.write(line)"),
               Status.output_limit, "writes stderr without end: the same file-size limit; effx keeps its tail"),
        Attack("disk_bomb_work", p, _py(
            "block = b'w' * (1 << 24)\nfor i in range(24):  # 384 MB in 16 MB files, each under RLIMIT_FSIZE\n"
            "    with open(f'fill{i}', 'wb') as handle:\n        handle.write(block)"),
            Status.runtime_error, "fills /work with 384 MB (1.5x the memory limit that caps /tmp) in files under the "
            "file-size limit",
            xfail="/work is a bind mount of a host folder with no size cap: a program may put as much on the "
                  "host's disk as the wall clock lets it write (only RLIMIT_FSIZE per file bounds it)"),
        Attack("disk_bomb_tmp", p, _py(
            "block = b't' * (1 << 24)\nfor i in range(64):\n"
            "    with open(f'/tmp/fill{i}', 'wb') as handle:\n        handle.write(block)"),
            Status.runtime_error, "fills /tmp: a tmpfs capped at the memory limit says ENOSPC"),
        Attack("many_files", p, _py(
            "if len(nums) == 3:  # once per run: creating files on a busy disk is slow\n"
            "    os.mkdir('/tmp/many')\n    for i in range(1500):\n"
            "        open(f'many{i}', 'w').close()\n        open(f'/tmp/many/{i}', 'w').close()"),
            Status.ok, "leaves 3000 small files behind in /work and /tmp; effx removes them"),
        Attack("stack_overflow", p, _py("def down(n):\n    return list(map(down, [n + 1]))\ndown(0)"),
               Status.runtime_error, "recurses without end through a C call (map) on every level, so the C stack "
                                     "runs out long before the driver's recursion limit of 10**6: SIGSEGV"),
        Attack("deep_recursion", p, _py("sys.setrecursionlimit(10 ** 9)\ndef down(n):\n    return down(n + 1) + 1\n"
                                        "down(0)"),
               Status.memory_limit, "recurses without end with the recursion limit lifted: Python frames live on "
                                    "the heap (3.11+), so the frames reach the memory limit before any C stack ends"),
        Attack("busy_loop", p, _py("while True:\n    pass"), Status.timeout, "spins forever"),
        Attack("sleep", p, _py("import time\ntime.sleep(60)"), Status.timeout,
               "sleeps past the wall clock: no CPU used, the wall-clock limit ends it"),
        Attack("stdin_read", p, _py("sys.stdin.buffer.read()"), Status.ok,
               "reads stdin to its end: a function task's stdin is an empty file, so it reads EOF at once"),
        Attack("daemon", p, _py("if nums:\n    _daemon()", PY_DAEMON), Status.ok,
               "double-forks a setsid daemon that writes markers for 30 s; the run itself answers correctly"),
        Attack("kill_parent", p, _py("os.kill(os.getppid(), 9)" + PY_STILL_ALIVE),
               Status.runtime_error, "SIGKILLs its parent (the launcher); must be its own failure"),
        Attack("kill_group", p, _py("os.kill(0, 9)"), Status.runtime_error,
               "SIGKILLs its own process group: it dies of its own signal"),
        Attack("kill_everyone", p, _py("os.kill(-1, 9)" + PY_STILL_ALIVE), Status.runtime_error,
               "SIGKILLs every process it may signal: the test process and effx must survive"),
        Attack("tcp_host_loopback", p, _py(
            "import socket\ntry:\n    socket.create_connection(('127.0.0.1', @PORT@), timeout=1).close()\n"
            "    breaches += 1\nexcept OSError:\n    pass"),
            Status.ok, "connects to a listener on the host's 127.0.0.1: a private network namespace"),
        Attack("udp", p, _py(
            "import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
            "try:\n    s.sendto(b'x', ('1.1.1.1', 53))\n    breaches += 1\nexcept OSError:\n    pass"),
            Status.ok, "sends a UDP datagram out: no route"),
        Attack("dns", p, _py("import socket\ntry:\n    socket.getaddrinfo('example.com', 80)\n    breaches += 1\n"
                             "except OSError:\n    pass"), Status.ok, "resolves a name: no resolver reachable"),
        Attack("docker_socket", p, _py(
            "import socket\ns = socket.socket(socket.AF_UNIX)\nfor path in ('/var/run/docker.sock', "
            "'/run/docker.sock'):\n    try:\n        s.connect(path)\n        breaches += 1\n"
            "    except OSError:\n        pass"),
            Status.ok, "connects to the docker socket: not visible"),
        Attack("read_secrets", p, _py(
            "breaches += _readable('/etc/shadow') + _listable('/root') + _listable('@CACHE@')\n"
            "breaches += _listable('@HOME_CACHE@') + _listable('@BUILD@') + _readable('@LAUNCHER@')\n"
            "import glob\nbreaches += len(glob.glob('/tmp/effx-work-*')) + _listable('@WORK_ROOT@')",
            PY_READABLE),
            Status.ok, "reads /etc/shadow, lists /root, the effx cache, the compile cache and other work "
                       "directories: none visible or readable"),
        Attack("read_environments", p, _py(
            "seen = str(os.environ)\nfor pid in ['1', 'self', str(os.getppid())] + [d for d in os.listdir('/proc') "
            "if d.isdigit()]:\n    try:\n        seen += open(f'/proc/{pid}/environ', 'rb').read().decode('latin-1')\n"
            "    except OSError:\n        pass\nbreaches += '@SECRET_NAME@' in seen"),
            Status.ok, "reads its own, its parent's and every other visible process's environment for "
                       "effx's secret"),
        Attack("identity", p, _py("breaches += (os.getuid() != 65534) + (os.geteuid() != 65534) + "
                                  "('@SECRET_NAME@' in os.environ)"),
               Status.ok, "runs as uid 65534 and sees none of effx's environment"),
        Attack("poison_cache", p, _py(
            "for path in [*(set(os.listdir('.')) - RUN_FILES), '@LAUNCHER@', '/.effx/effx-launch']:\n"
            "    try:\n        with open(path, 'r+b') as handle:\n            handle.write(b'#')\n"
            "        breaches += 1\n    except OSError:\n        pass\n"
            "for folder in ('@BUILD@', '@CACHE@'):\n    try:\n        os.mkdir(folder + '/poison')\n"
            "        breaches += 1\n    except OSError:\n        pass",
            "RUN_FILES = {'cases.json', 'result.json'}  # this run's own input and output, written afresh each run"),
            Status.ok, "overwrites its staged files (hard links into the compile cache), the launcher and the "
                       "compile cache: all read-only or invisible"),
        Attack("ptrace_parent", p, _py(
            "import ctypes\nlibc = ctypes.CDLL(None, use_errno=True)\nppid = os.getppid()\n"
            "if libc.ptrace(16, ppid, None, None) == 0:  # PTRACE_ATTACH\n    breaches += 1\n"
            "    os.waitpid(ppid, 0x40000000)\n    libc.ptrace(17, ppid, None, None)  # PTRACE_DETACH"),
            Status.ok, "attaches to its parent (the launcher) with ptrace"),
        Attack("parent_memory", p, _py(
            "try:\n    open(f'/proc/{os.getppid()}/mem', 'r+b').close()\n    breaches += 1\nexcept OSError:\n    pass"),
            Status.ok, "opens its parent's (the launcher's) memory for writing"),
        Attack("forged_result", p, _py(
            "import json, time\nend = time.time() + 0.3\nwhile time.time() < end:\n    pass\n"
            "with open('result.json', 'w') as handle:\n"
            "    json.dump({'outputs': [6, 500, 0], 'times_ns': [1, 1, 1], 'cpu_times_ns': [1, 1, 1]}, handle)\n"
            "os._exit(0)"),
            Status.ok, "spends 300 ms, then writes the driver's result file itself claiming 1 ns per call",
            check=lambda result: (result.runtime_ms or 0) >= 100, xfail=FORGED_RESULT),
    ]


def _c_attacks() -> list[Attack]:
    c = "c"
    return [
        Attack("fork_bomb", c, _c("    for (;;) fork();"), Status.timeout,
               "forks forever, ignoring failures: the process limit caps it, the clock ends it"),
        Attack("thread_bomb", c, _c(
            "    for (;;) { pthread_t t; if (pthread_create(&t, 0, effx_sleeper, 0) != 0) abort(); }",
            "static void* effx_sleeper(void* arg) { sleep(60); return arg; }\n"),
            Status.runtime_error, "creates threads until one is refused, then aborts"),
        Attack("memory_bomb", c, _c(
            "    for (;;) { char* p = malloc(1 << 24);\n"
            "        if (!p) { fputs(\"out of memory\\n\", stderr); abort(); }\n        memset(p, 1, 1 << 24); }"),
            Status.memory_limit, "allocates and touches 16 MB blocks without end"),
        Attack("stdout_bomb", c, _c("    static char line[65536]; memset(line, 'x', sizeof line);\n"
                                    "    for (;;) fwrite(line, 1, sizeof line, stdout);"),
               Status.output_limit, "writes stdout without end"),
        Attack("stderr_bomb", c, _c("    static char line[65536]; memset(line, 'e', sizeof line);\n"
                                    "    for (;;) (void)!write(2, line, sizeof line);"),
               Status.output_limit, "writes stderr without end"),
        Attack("disk_bomb_tmp", c, _c(
            "    static char block[1 << 24]; memset(block, 't', sizeof block);\n"
            "    for (int i = 0; i < 64; i++) { char name[64]; snprintf(name, sizeof name, \"/tmp/fill%d\", i);\n"
            "        FILE* f = fopen(name, \"wb\");\n"
            "        if (!f || fwrite(block, 1, sizeof block, f) != sizeof block || fclose(f) != 0) {\n"
            "            perror(\"fill /tmp\"); abort(); } }"),
            Status.runtime_error, "fills /tmp: the tmpfs is capped at the memory limit"),
        Attack("stack_overflow", c, _c("    breaches += effx_down(1);",
                                       "static long long effx_down(long long n) {\n"
                                       "    volatile char frame[4096]; frame[0] = (char)n;\n"
                                       "    return effx_down(n + 1) + frame[0]; }\n"),
               Status.runtime_error, "recurses without end, 4 KB a frame, through the driver's 256 MB stack"),
        Attack("busy_loop", c, _c("    for (volatile long long x = 0;; x++) {}"), Status.timeout, "spins forever"),
        Attack("sleep", c, _c("    sleep(60);"), Status.timeout, "sleeps past the wall clock"),
        Attack("stdin_read", c, _c("    char buf[4096]; while (read(0, buf, sizeof buf) > 0) {}"), Status.ok,
               "reads stdin to its end: an empty file, EOF at once"),
        Attack("daemon", c, _c("    if (numsSize) effx_daemon();", "#include <sys/wait.h>\n" + C_DAEMON),
               Status.ok, "double-forks a setsid daemon that writes markers for 30 s"),
        Attack("kill_parent", c, _c("    kill(getppid(), SIGKILL);" + C_STILL_ALIVE), Status.runtime_error,
               "SIGKILLs the launcher"),
        Attack("kill_group", c, _c("    kill(0, SIGKILL);"), Status.runtime_error, "SIGKILLs its own process group"),
        Attack("kill_everyone", c, _c("    kill(-1, SIGKILL);" + C_STILL_ALIVE), Status.runtime_error,
               "SIGKILLs everything it may signal"),
        Attack("tcp_host_loopback", c, _c(
            "    int fd = socket(AF_INET, SOCK_STREAM, 0); struct sockaddr_in a = {0};\n"
            "    a.sin_family = AF_INET; a.sin_port = htons(@PORT@); a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);\n"
            "    if (fd >= 0 && connect(fd, (struct sockaddr*)&a, sizeof a) == 0) breaches++;",
            "#include <sys/socket.h>\n#include <netinet/in.h>\n#include <arpa/inet.h>\n"),
            Status.ok, "connects to a listener on the host's 127.0.0.1"),
        Attack("udp", c, _c(
            "    int fd = socket(AF_INET, SOCK_DGRAM, 0); struct sockaddr_in a = {0};\n"
            "    a.sin_family = AF_INET; a.sin_port = htons(53); inet_pton(AF_INET, \"1.1.1.1\", &a.sin_addr);\n"
            "    if (fd >= 0 && sendto(fd, \"x\", 1, 0, (struct sockaddr*)&a, sizeof a) == 1) breaches++;",
            "#include <sys/socket.h>\n#include <netinet/in.h>\n#include <arpa/inet.h>\n"),
            Status.ok, "sends a UDP datagram out"),
        Attack("dns", c, _c(
            "    struct addrinfo* found = 0;\n"
            "    if (getaddrinfo(\"example.com\", \"80\", 0, &found) == 0) breaches++;",
            "#include <netdb.h>\n"),
            Status.ok, "resolves a name"),
        Attack("docker_socket", c, _c(
            "    int fd = socket(AF_UNIX, SOCK_STREAM, 0); struct sockaddr_un a = {0}; a.sun_family = AF_UNIX;\n"
            "    strcpy(a.sun_path, \"/var/run/docker.sock\");\n"
            "    if (fd >= 0 && connect(fd, (struct sockaddr*)&a, sizeof a) == 0) breaches++;",
            "#include <sys/socket.h>\n#include <sys/un.h>\n"),
            Status.ok, "connects to the docker socket"),
        Attack("read_secrets", c, _c(
            "    const char* files[] = {\"/etc/shadow\", \"@LAUNCHER@\", \"/proc/1/environ\", 0};\n"
            "    const char* dirs[] = {\"/root\", \"@CACHE@\", \"@HOME_CACHE@\", \"@BUILD@\", \"@WORK_ROOT@\", 0};\n"
            "    for (int i = 0; files[i]; i++) breaches += effx_can_open(files[i], O_RDONLY);\n"
            "    for (int i = 0; dirs[i]; i++) { DIR* d = opendir(dirs[i]); if (d) { breaches++; closedir(d); } }\n"
            "    glob_t g; if (glob(\"/tmp/effx-work-*\", 0, 0, &g) == 0) breaches += g.gl_pathc;",
            "#include <dirent.h>\n#include <glob.h>\n" + C_CAN_OPEN),
            Status.ok, "reads /etc/shadow, the launcher binary, pid 1's environment; lists /root, the effx "
                       "cache, the compile cache and other work directories"),
        Attack("identity", c, _c(
            "    extern char** environ;\n    breaches += (getuid() != 65534) + (geteuid() != 65534);\n"
            "    for (char** e = environ; *e; e++) breaches += strstr(*e, \"@SECRET_NAME@\") != 0;\n"
            "    char path[64]; snprintf(path, sizeof path, \"/proc/%d/environ\", (int)getppid());\n"
            "    FILE* f = fopen(path, \"rb\"); char buf[65536] = {0};\n"
            "    if (f) { size_t n = fread(buf, 1, sizeof buf - 1, f); fclose(f);\n"
            "        for (size_t i = 0; i < n; i++) if (!buf[i]) buf[i] = ' ';\n"
            "        breaches += strstr(buf, \"@SECRET_NAME@\") != 0; }"),
            Status.ok, "runs as uid 65534; neither its environment nor its parent's holds effx's secret"),
        Attack("poison_cache", c, _c(
            "    const char* targets[] = {\"@LAUNCHER@\", \"/.effx/effx-launch\", \"/proc/self/exe\", 0};\n"
            "    for (int i = 0; targets[i]; i++) breaches += effx_can_open(targets[i], O_WRONLY);\n"
            "    DIR* d = opendir(\".\"); struct dirent* e;\n"
            "    while (d && (e = readdir(d)))\n"
            "        if (e->d_type == DT_REG && strcmp(e->d_name, \"cases.json\")\n"
            "            && strcmp(e->d_name, \"result.json\"))  /* this run's own input and output */\n"
            "            breaches += effx_can_open(e->d_name, O_WRONLY);\n"
            "    if (d) closedir(d);\n"
            "    breaches += mkdir(\"@BUILD@/poison\", 0777) == 0;",
            "#include <dirent.h>\n#include <sys/stat.h>\n" + C_CAN_OPEN),
            Status.ok, "opens its own binary (a hard link into the compile cache), its staged files and the "
                       "launcher for writing, and writes into the compile cache"),
        Attack("ptrace_parent", c, _c(
            "    pid_t parent = getppid();\n"
            "    if (ptrace(PTRACE_ATTACH, parent, 0, 0) == 0) { breaches++; waitpid(parent, 0, __WALL);\n"
            "        ptrace(PTRACE_DETACH, parent, 0, 0); }",
            "#include <sys/ptrace.h>\n#include <sys/wait.h>\n"),
            Status.ok, "attaches to the launcher with ptrace"),
        Attack("parent_memory", c, _c(
            "    char path[64]; snprintf(path, sizeof path, \"/proc/%d/mem\", (int)getppid());\n"
            "    breaches += effx_can_open(path, O_RDWR);", C_CAN_OPEN),
            Status.ok, "opens the launcher's memory for writing"),
        Attack("forged_result", c, _c(
            "    struct timespec start, now; clock_gettime(CLOCK_MONOTONIC, &start);\n"
            "    do { for (volatile int i = 0; i < 100000; i++) {} clock_gettime(CLOCK_MONOTONIC, &now); }\n"
            "    while ((now.tv_sec - start.tv_sec) * 1000000000LL + (now.tv_nsec - start.tv_nsec) < 300000000LL);\n"
            "    FILE* f = fopen(\"result.json\", \"w\");\n"
            "    fputs(\"{\\\"outputs\\\": [6, 500, 0], \\\"times_ns\\\": [1, 1, 1], "
            "\\\"cpu_times_ns\\\": [1, 1, 1]}\", f);\n"
            "    fclose(f); _exit(0);"),
            Status.ok, "spends 300 ms, then writes the driver's result file itself claiming 1 ns per call",
            check=lambda result: (result.runtime_ms or 0) >= 100, xfail=FORGED_RESULT),
    ]


def _cpp_attacks() -> list[Attack]:
    cpp = "cpp"
    static_daemon = ("#include <sys/wait.h>\n" + C_DAEMON.replace("static void effx_daemon(void)",
                                                                   "static void effx_daemon()")
                     + "static int effx_started = (effx_daemon(), 0);\n")
    return [
        Attack("static_init_daemon", cpp, _cpp(static_daemon), Status.ok,
               "a static initializer double-forks a setsid daemon before the driver's main runs"),
        Attack("static_init_fork_bomb", cpp,
               _cpp("static int effx_bomb = [] { for (;;) fork(); return 0; }();"), Status.timeout,
               "a static initializer forks forever before main"),
        Attack("static_init_kill_parent", cpp,
               _cpp("static int effx_kill = [] { kill(getppid(), SIGKILL);" + C_STILL_ALIVE + " return 0; }();"),
               Status.runtime_error, "a static initializer SIGKILLs the launcher before main"),
        Attack("static_init_read_shadow", cpp,
               _cpp("static int effx_shadow = open(\"/etc/shadow\", O_RDONLY) >= 0;", "  breaches += effx_shadow;"),
               Status.ok, "a static initializer reads /etc/shadow before main"),
    ]


GOOD = {
    "python": "class Solution:\n    def total(self, nums):\n        return sum(nums)\n",
    "c": "long long total(int* nums, int numsSize) {\n    long long s = 0;\n"
         "    for (int i = 0; i < numsSize; i++) s += nums[i];\n    return s;\n}\n",
    "cpp": "class Solution { public: long long total(vector<int>& nums) {\n"
           "  long long s = 0; for (int x : nums) s += x; return s; } };\n",
}
"""An honest solution per language: run after the attacks, it must still be `ok` (nothing was poisoned)."""

ATTACKS: list[Attack] = [*_python_attacks(), *_c_attacks(), *_cpp_attacks()]
LANGUAGES = ("python", "c", "cpp")
