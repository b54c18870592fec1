"""The hostile corpus in C: a free function `long long total(int* nums, int numsSize)`.

The snippets at the top are C that the C++ entries reuse (C++ compiles them unchanged).
"""

from __future__ import annotations

from effx.models import Status

from .attack import (
    ACROSS_RUNS,
    BOMBS,
    BURN_MS,
    CAUGHT,
    DAEMON_PATHS,
    ENVIRONMENT,
    FAKE_RESULT,
    FORGED_RESULT,
    LAUNCHER,
    MEASUREMENT,
    NETWORK,
    OUTPUT,
    OWN_CLOCK,
    PROCESSES,
    READ,
    STACK,
    TIME,
    UNTIMED_START,
    WRITE,
    Attack,
    cross_run_places,
)

C = "c"

GOOD = ("long long total(int* nums, int numsSize) {\n    long long s = 0;\n"
        "    for (int i = 0; i < numsSize; i++) s += nums[i];\n    return s;\n}\n")


def _c(body: str, includes: str = "") -> str:
    """A C solution whose `total` runs `body` (which counts into `breaches`) and answers sum + breaches."""
    head = "#include <unistd.h>\n#include <signal.h>\n#include <fcntl.h>\n#include <errno.h>\n" + includes
    return (f"{head}\nlong long total(int* nums, int numsSize) {{\n    long long breaches = 0;\n{body}\n"
            "    long long s = 0;\n    for (int i = 0; i < numsSize; i++) s += nums[i];\n"
            "    return s + breaches;\n}\n")


def c_string(text: str) -> str:
    """`text` as a C string literal."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


STILL_ALIVE = " usleep(200000); fputs(\"still alive after the kill\\n\", stderr); abort();"
"""After a kill aimed at the launcher: give the signal time to land, then fail on purpose. Whether the kill
works or is refused (EPERM, the launcher being out of the program's reach), the run must end as the
program's own runtime_error, never as a sandbox_error."""

CAN_OPEN = """
static int effx_can_open(const char* path, int flags) {
    int fd = open(path, flags);
    if (fd < 0) return 0;
    close(fd);
    return 1;
}
"""

DAEMON = """
static void effx_daemon(void) {
    pid_t child = fork();
    if (child == 0) {
        setsid();
        if (fork() != 0) _exit(0);
        const char* paths[] = {@PATHS@, 0};
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
""".replace("@PATHS@", ", ".join(c_string(path) for path in DAEMON_PATHS))

BURN = f"""
#include <sys/syscall.h>
#include <time.h>
/* the thread's CPU time from the kernel, reached past any clock_gettime a solution defines */
static long long effx_cpu_ns(void) {{
    struct timespec t;
    syscall(SYS_clock_gettime, CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1000000000LL + t.tv_nsec;
}}
static void effx_burn(long long ms) {{
    long long end = effx_cpu_ns() + ms * 1000000LL;
    while (effx_cpu_ns() < end) {{}}
}}
#define EFFX_BURN_MS {BURN_MS}
"""

READ_CASES = """
#include <ctype.h>
#include <stdio.h>
static long long effx_answers[64];
static int effx_cases, effx_next;
/* The sum of each case of cases.json ([[[1, 2, 3]], [[...]], ...]): numbers at depth 3, a case ends at depth 2. */
static void effx_read_cases(void) {
    FILE* f = fopen("cases.json", "r");
    if (!f) return;
    int depth = 0, c, digits = 0, negative = 0;
    long long sum = 0, number = 0;
    while ((c = fgetc(f)) != EOF && effx_cases < 64) {
        if (c == '-') { negative = 1; continue; }
        if (isdigit(c)) { number = number * 10 + (c - '0'); digits = 1; continue; }
        if (digits) sum += negative ? -number : number;
        number = digits = negative = 0;
        if (c == '[') depth++;
        if (c == ']' && depth-- == 2) { effx_answers[effx_cases++] = sum; sum = 0; }
    }
    fclose(f);
}
"""

CROSS_RUN = """
#include <sys/ipc.h>
#include <sys/shm.h>
#include <stdlib.h>
#include <stdio.h>
/* Fails when an earlier run of this program left a file in a place it could write, or a System V shared
 * memory segment; otherwise leaves one everywhere it can for the next run. */
static void effx_cross_run(void) {
    const char* places[] = {@PLACES@, 0};
    const char* home = getenv("HOME") ? getenv("HOME") : "/nonexistent";
    char path[512];
    int key = 0x4e000000 | (int)(strtoull("@TOKEN@", 0, 16) & 0xffffff);
    int segment = shmget(key, 4096, IPC_CREAT | IPC_EXCL | 0600);
    if (segment < 0 && errno == EEXIST) { fputs("an earlier run left a shared memory segment\\n", stderr); exit(1); }
    for (int write = 0; write < 2; write++)   /* look everywhere first: $HOME may be the run's own folder */
        for (int i = 0; places[i]; i++) {
            if (!strncmp(places[i], "$HOME", 5)) snprintf(path, sizeof path, "%s%s", home, places[i] + 5);
            else snprintf(path, sizeof path, "%s", places[i]);
            if (!write && access(path, F_OK) == 0) { fprintf(stderr, "an earlier run left %s\\n", path); exit(1); }
            int fd = write ? open(path, O_WRONLY | O_CREAT, 0644) : -1;
            if (fd >= 0) close(fd);
        }
}
"""


def cross_run(language: str) -> str:
    """`effx_cross_run` for a program of `language` (its own marker name, so batches cannot mix)."""
    places = cross_run_places(f"effx-left-@TOKEN@-{language}", "$HOME")
    return CROSS_RUN.replace("@PLACES@", ", ".join(c_string(place) for place in places))


FORGE_RESULT = f"""
    FILE* forged = fopen("result.json", "w");
    fputs({c_string(FAKE_RESULT)}, forged);
    fclose(forged);
    _exit(0);
"""

FROZEN_CLOCK = "{ (void)clock; now->tv_sec = 0; now->tv_nsec = 0; return 0; }"
"""The body of a clock_gettime that says it is always the same instant."""

ATTACKS = [
    Attack("fork_bomb", C, BOMBS, _c("    for (;;) fork();"), Status.timeout,
           "forks forever, ignoring failures: the process limit caps it, the clock ends it"),
    Attack("thread_bomb", C, BOMBS, _c(
        "    for (;;) { pthread_t t; if (pthread_create(&t, 0, effx_sleeper, 0) != 0) abort(); }",
        "static void* effx_sleeper(void* arg) { sleep(60); return arg; }\n"),
        Status.runtime_error, "creates threads until one is refused, then aborts"),
    Attack("memory_bomb", C, BOMBS, _c(
        "    for (;;) { char* p = malloc(1 << 24);\n"
        "        if (!p) { fputs(\"out of memory\\n\", stderr); abort(); }\n        memset(p, 1, 1 << 24); }"),
        Status.memory_limit, "allocates and touches 16 MB blocks without end"),
    Attack("stdout_bomb", C, OUTPUT, _c("    static char line[65536]; memset(line, 'x', sizeof line);\n"
                                        "    for (;;) fwrite(line, 1, sizeof line, stdout);"),
           Status.output_limit, "writes stdout without end"),
    Attack("stderr_bomb", C, OUTPUT, _c("    static char line[65536]; memset(line, 'e', sizeof line);\n"
                                        "    for (;;) (void)!write(2, line, sizeof line);"),
           Status.output_limit, "writes stderr without end"),
    Attack("disk_bomb_tmp", C, OUTPUT, _c(
        "    static char block[1 << 24]; memset(block, 't', sizeof block);\n"
        "    for (int i = 0; i < 64; i++) { char name[64]; snprintf(name, sizeof name, \"/tmp/fill%d\", i);\n"
        "        FILE* f = fopen(name, \"wb\");\n"
        "        if (!f || fwrite(block, 1, sizeof block, f) != sizeof block || fclose(f) != 0) {\n"
        "            perror(\"fill /tmp\"); abort(); } }"),
        Status.runtime_error, "fills /tmp: the tmpfs is capped at the memory limit"),
    Attack("stack_overflow", C, STACK, _c("    breaches += effx_down(1);",
                                          "static long long effx_down(long long n) {\n"
                                          "    volatile char frame[4096]; frame[0] = (char)n;\n"
                                          "    return effx_down(n + 1) + frame[0]; }\n"),
           Status.runtime_error, "recurses without end, 4 KB a frame, through the driver's 256 MB stack"),
    Attack("stdin_read", C, TIME, _c("    char buf[4096]; while (read(0, buf, sizeof buf) > 0) {}"), Status.ok,
           "reads stdin to its end: an empty file, EOF at once"),
    Attack("daemon", C, PROCESSES, _c("    if (numsSize) effx_daemon();", "#include <sys/wait.h>\n" + DAEMON),
           Status.ok, "double-forks a setsid daemon that writes markers for 30 s"),
    Attack("kill_parent", C, PROCESSES, _c("    kill(getppid(), SIGKILL);" + STILL_ALIVE), Status.runtime_error,
           "SIGKILLs the launcher"),
    Attack("kill_group", C, PROCESSES, _c("    kill(0, SIGKILL);"), Status.runtime_error,
           "SIGKILLs its own process group"),
    Attack("kill_everyone", C, PROCESSES, _c("    kill(-1, SIGKILL);" + STILL_ALIVE), Status.runtime_error,
           "SIGKILLs everything it may signal"),
    Attack("tcp_host_loopback", C, NETWORK, _c(
        "    int fd = socket(AF_INET, SOCK_STREAM, 0); struct sockaddr_in a = {0};\n"
        "    a.sin_family = AF_INET; a.sin_port = htons(@PORT@); a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);\n"
        "    if (fd >= 0 && connect(fd, (struct sockaddr*)&a, sizeof a) == 0) breaches++;",
        "#include <sys/socket.h>\n#include <netinet/in.h>\n#include <arpa/inet.h>\n"),
        Status.ok, "connects to a listener on the host's 127.0.0.1"),
    Attack("udp", C, NETWORK, _c(
        "    int fd = socket(AF_INET, SOCK_DGRAM, 0); struct sockaddr_in a = {0};\n"
        "    a.sin_family = AF_INET; a.sin_port = htons(53); inet_pton(AF_INET, \"1.1.1.1\", &a.sin_addr);\n"
        "    if (fd >= 0 && sendto(fd, \"x\", 1, 0, (struct sockaddr*)&a, sizeof a) == 1) breaches++;",
        "#include <sys/socket.h>\n#include <netinet/in.h>\n#include <arpa/inet.h>\n"),
        Status.ok, "sends a UDP datagram out"),
    Attack("dns", C, NETWORK, _c(
        "    struct addrinfo* found = 0;\n"
        "    if (getaddrinfo(\"example.com\", \"80\", 0, &found) == 0) breaches++;",
        "#include <netdb.h>\n"),
        Status.ok, "resolves a name"),
    Attack("docker_socket", C, NETWORK, _c(
        "    int fd = socket(AF_UNIX, SOCK_STREAM, 0); struct sockaddr_un a = {0}; a.sun_family = AF_UNIX;\n"
        "    strcpy(a.sun_path, \"/var/run/docker.sock\");\n"
        "    if (fd >= 0 && connect(fd, (struct sockaddr*)&a, sizeof a) == 0) breaches++;",
        "#include <sys/socket.h>\n#include <sys/un.h>\n"),
        Status.ok, "connects to the docker socket"),
    Attack("read_secrets", C, READ, _c(
        "    const char* files[] = {\"/etc/shadow\", \"@LAUNCHER@\", \"/proc/1/environ\", \"@EXPECTED@\", 0};\n"
        "    const char* dirs[] = {\"/root\", \"@CACHE@\", \"@HOME_CACHE@\", \"@BUILD@\", \"@WORK_ROOT@\", 0};\n"
        "    for (int i = 0; files[i]; i++) breaches += effx_can_open(files[i], O_RDONLY);\n"
        "    for (int i = 0; dirs[i]; i++) { DIR* d = opendir(dirs[i]); if (d) { breaches++; closedir(d); } }\n"
        "    glob_t g; if (glob(\"/tmp/effx-work-*\", 0, 0, &g) == 0) breaches += g.gl_pathc;",
        "#include <dirent.h>\n#include <glob.h>\n" + CAN_OPEN),
        Status.ok, "reads /etc/shadow, the launcher binary, pid 1's environment and the expected outputs; lists "
                   "/root, the effx cache, the compile cache and other work directories"),
    Attack("identity", C, ENVIRONMENT, _c(
        "    extern char** environ;\n"
        "    breaches += getuid() != geteuid() || getuid() < @UID_LOW@u || getuid() > @UID_HIGH@u;\n"
        "    for (char** e = environ; *e; e++) breaches += strstr(*e, \"@SECRET_NAME@\") != 0;\n"
        "    char path[64]; snprintf(path, sizeof path, \"/proc/%d/environ\", (int)getppid());\n"
        "    FILE* f = fopen(path, \"rb\"); char buf[65536] = {0};\n"
        "    if (f) { size_t n = fread(buf, 1, sizeof buf - 1, f); fclose(f);\n"
        "        for (size_t i = 0; i < n; i++) if (!buf[i]) buf[i] = ' ';\n"
        "        breaches += strstr(buf, \"@SECRET_NAME@\") != 0; }"),
        Status.ok, "runs as one of the backend's program uids; neither its environment nor its parent's holds "
                   "effx's secret"),
    Attack("poison_cache", C, WRITE, _c(
        "    const char* targets[] = {\"@LAUNCHER@\", \"@INSIDE_LAUNCHER@\", \"/proc/self/exe\", 0};\n"
        "    for (int i = 0; targets[i]; i++) breaches += effx_can_open(targets[i], O_WRONLY);\n"
        "    DIR* d = opendir(\".\"); struct dirent* e;\n"
        "    while (d && (e = readdir(d)))\n"
        "        if (e->d_type == DT_REG && strcmp(e->d_name, \"cases.json\")\n"
        "            && strcmp(e->d_name, \"result.json\"))  /* this run's own input and output */\n"
        "            breaches += effx_can_open(e->d_name, O_WRONLY);\n"
        "    if (d) closedir(d);\n"
        "    breaches += mkdir(\"@BUILD@/poison\", 0777) == 0;",
        "#include <dirent.h>\n#include <sys/stat.h>\n" + CAN_OPEN),
        Status.ok, "opens its own binary (a hard link into the compile cache), its staged files and the "
                   "launcher for writing, and writes into the compile cache"),
    Attack("ptrace_parent", C, LAUNCHER, _c(
        "    pid_t parent = getppid();\n"
        "    if (ptrace(PTRACE_ATTACH, parent, 0, 0) == 0) { breaches++; waitpid(parent, 0, __WALL);\n"
        "        ptrace(PTRACE_DETACH, parent, 0, 0); }",
        "#include <sys/ptrace.h>\n#include <sys/wait.h>\n"),
        Status.ok, "attaches to the launcher with ptrace"),
    Attack("parent_memory", C, LAUNCHER, _c(
        "    char path[64]; snprintf(path, sizeof path, \"/proc/%d/mem\", (int)getppid());\n"
        "    breaches += effx_can_open(path, O_RDWR);", CAN_OPEN),
        Status.ok, "opens the launcher's memory for writing"),
    Attack("cache_across_runs", C, ACROSS_RUNS, _c("    if (numsSize == 3) effx_cross_run();", cross_run(C)), Status.ok,
           "leaves a file in every writable place and a System V shared memory segment, and fails when a later "
           "run finds one: every run must start clean"),
    Attack("clock_symbol", C, MEASUREMENT, _c(
        "    if (numsSize == 3) effx_burn(EFFX_BURN_MS);",
        BURN + f"int clock_gettime(clockid_t clock, struct timespec* now) {FROZEN_CLOCK}\n"),
        Status.measurement_rejected, OWN_CLOCK.replace("@WHERE@", "the solution is #included into the driver")),
    Attack("clock_define", C, MEASUREMENT, _c(
        "    if (numsSize == 3) effx_burn(EFFX_BURN_MS);",
        BURN + f"static int effx_frozen(clockid_t clock, struct timespec* now) {FROZEN_CLOCK}\n"
               "#define clock_gettime(clock, now) effx_frozen(clock, now)\n"),
        Status.measurement_rejected, "#defines clock_gettime to a frozen clock and works 300 ms: the driver "
                                     "#includes the solution before its own code, so the macro rewrites the "
                                     "driver's clock readings" + CAUGHT),
    Attack("static_init_precompute", C, MEASUREMENT,
           "#include <fcntl.h>\n" + BURN + READ_CASES
           + "__attribute__((constructor)) static void effx_early(void) {\n"
             "    effx_read_cases();\n    effx_burn(EFFX_BURN_MS);\n}\n"
             "long long total(int* nums, int numsSize) {\n"
             "    (void)nums; (void)numsSize;\n    return effx_answers[effx_next++];\n}\n",
           Status.measurement_rejected, UNTIMED_START.replace("@WHERE@", "a constructor function, before main")),
    Attack("forged_result", C, MEASUREMENT, _c("    effx_burn(EFFX_BURN_MS);" + FORGE_RESULT, BURN),
           Status.measurement_rejected, FORGED_RESULT),
]
