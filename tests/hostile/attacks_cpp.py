"""The hostile corpus in C++: `class Solution { public: long long total(vector<int>& nums) }`.

C++ runs before `main` through static initialisers, so several entries attack from there. The C++ image
is one of the two built for the docker backend, so this list also carries the native-code probes the
docker corpus needs (the C entries run on the local backend only).
"""

from __future__ import annotations

from effx.models import Status

from .attack import (
    ACROSS_RUNS,
    BOMBS,
    LAUNCHER,
    MEASUREMENT,
    OWN_CLOCK,
    PROCESSES,
    READ,
    UNTIMED_CONSTRUCTOR,
    UNTIMED_START,
    Attack,
)
from .attacks_c import BURN, CAN_OPEN, DAEMON, FROZEN_CLOCK, READ_CASES, STILL_ALIVE, cross_run

CPP = "cpp"

GOOD = ("class Solution { public: long long total(vector<int>& nums) {\n"
        "  long long s = 0; for (int x : nums) s += x; return s; } };\n")


def _cpp(before: str, body: str = "") -> str:
    """A C++ solution with code at namespace scope (`before`) and `total` running `body` (which counts into
    `breaches`) before it answers sum + breaches."""
    return (f"#include <unistd.h>\n#include <signal.h>\n#include <fcntl.h>\n{before}\n"
            "class Solution { public: long long total(vector<int>& nums) {\n"
            f"  long long breaches = 0;\n{body}\n"
            "  long long s = 0; for (int x : nums) s += x; return s + breaches; } };\n")


STATIC_DAEMON = ("#include <sys/wait.h>\n"
                 + DAEMON.replace("static void effx_daemon(void)", "static void effx_daemon()")
                 + "static int effx_started = (effx_daemon(), 0);\n")

ATTACKS = [
    Attack("daemon", CPP, PROCESSES, _cpp(STATIC_DAEMON), Status.ok,
           "a static initialiser double-forks a setsid daemon that writes markers for 30 s, before the driver's "
           "main runs"),
    Attack("fork_bomb", CPP, BOMBS,
           _cpp("static int effx_bomb = [] { for (;;) fork(); return 0; }();"), Status.timeout,
           "a static initialiser forks forever, before main: the process limit caps it, the clock ends it"),
    Attack("kill_parent", CPP, PROCESSES,
           _cpp("static int effx_kill = [] { kill(getppid(), SIGKILL);" + STILL_ALIVE + " return 0; }();"),
           Status.runtime_error, "a static initialiser SIGKILLs the launcher, before main"),
    Attack("kill_everyone", CPP, PROCESSES, _cpp("", "  kill(-1, SIGKILL);" + STILL_ALIVE), Status.runtime_error,
           "SIGKILLs everything it may signal"),
    Attack("read_secrets", CPP, READ, _cpp(
        "#include <dirent.h>\n" + CAN_OPEN,
        "  const char* files[] = {\"/etc/shadow\", \"/proc/1/environ\", \"@EXPECTED@\", 0};\n"
        "  const char* dirs[] = {\"@CACHE@\", \"@HOME_CACHE@\", \"@BUILD@\", 0};\n"
        "  for (int i = 0; files[i]; i++) breaches += effx_can_open(files[i], O_RDONLY);\n"
        "  for (int i = 0; dirs[i]; i++) { DIR* d = opendir(dirs[i]); if (d) { breaches++; closedir(d); } }\n"
        "  /* /root beyond Debian's stock profile (the images' own /root), and other runs' folders */\n"
        "  std::set<std::string> stock = {\".\", \"..\", \".bashrc\", \".profile\"};\n"
        "  char own[4096]; stock.insert(getcwd(own, sizeof own) ? strrchr(own, '/') + 1 : \"\");\n"
        "  const char* roots[] = {\"/root\", \"@WORK_ROOT@\", 0};\n"
        "  for (int i = 0; roots[i]; i++) { DIR* d = opendir(roots[i]); struct dirent* e;\n"
        "    while (d && (e = readdir(d))) breaches += !stock.count(e->d_name) && (i == 0 || e->d_type == DT_DIR);\n"
        "    if (d) closedir(d); }"),
        Status.ok, "reads /etc/shadow, pid 1's environment and the expected outputs; lists the effx cache, the "
                   "compile cache, /root and other runs' work directories"),
    Attack("ptrace_parent", CPP, LAUNCHER, _cpp(
        "#include <sys/ptrace.h>\n#include <sys/wait.h>\n",
        "  pid_t parent = getppid();\n"
        "  if (ptrace(PTRACE_ATTACH, parent, 0, 0) == 0) { breaches++; waitpid(parent, 0, __WALL);\n"
        "    ptrace(PTRACE_DETACH, parent, 0, 0); }"),
        Status.ok, "attaches to the launcher with ptrace"),
    Attack("parent_memory", CPP, LAUNCHER, _cpp(
        CAN_OPEN,
        "  char path[64]; snprintf(path, sizeof path, \"/proc/%d/mem\", (int)getppid());\n"
        "  breaches += effx_can_open(path, O_RDWR);"),
        Status.ok, "opens the launcher's memory for writing"),
    Attack("cache_across_runs", CPP, ACROSS_RUNS,
           _cpp(cross_run(CPP), "  if (nums.size() == 3) effx_cross_run();"), Status.ok,
           "leaves a file in every writable place and a System V shared memory segment, and fails when a later "
           "run finds one: every run must start clean"),
    Attack("clock_symbol", CPP, MEASUREMENT, _cpp(
        BURN + f"extern \"C\" int clock_gettime(clockid_t clock, struct timespec* now) noexcept {FROZEN_CLOCK}\n",
        "  if (nums.size() == 3) effx_burn(EFFX_BURN_MS);"),
        Status.measurement_rejected, OWN_CLOCK.replace("@WHERE@", "libstdc++'s steady_clock::now() calls it")),
    Attack("static_init_precompute", CPP, MEASUREMENT,
           BURN + READ_CASES
           + "static int effx_early = (effx_read_cases(), effx_burn(EFFX_BURN_MS), 0);\n"
             "class Solution { public: long long total(vector<int>& nums) {\n"
             "  return effx_answers[effx_next++]; } };\n",
           Status.measurement_rejected, UNTIMED_START.replace("@WHERE@", "a static initialiser, before main")),
    Attack("constructor_work", CPP, MEASUREMENT,
           BURN + "class Solution { public:\n  Solution() { effx_burn(100); }\n"
                  "  long long total(vector<int>& nums) { long long s = 0; for (int x : nums) s += x; return s; } };\n",
           Status.measurement_rejected, UNTIMED_CONSTRUCTOR),
]
