/*
 * effx-launch: run one program under limits and report what it cost, as one JSON object.
 *
 *   effx-launch [options] -- PROGRAM ARGS...
 *
 * Why a separate C program: the kernel's peak-RSS high-water mark (ru_maxrss) survives fork+exec, so a
 * child started directly by a big Python process never reports less than that parent's own peak. This
 * launcher is tiny, so the child it forks starts from a tiny high-water mark and wait4() tells the truth.
 * It also samples resident memory every --sample-us to integrate it over time (MB*s) and to enforce a
 * resident-memory limit that RLIMIT_DATA alone cannot express (page cache, runtimes that reserve big
 * address ranges, etc.).
 *
 * The launcher's own stdout carries only the JSON report; the program's stdio goes to files.
 *
 * --export NAME=PATH (repeatable) copies the program's file NAME (in the working directory) to PATH once
 * everything the program started is dead: the sandbox's /work can then be a tmpfs that vanishes with it.
 * NAME is opened without following links and must be a regular file; at most --fsize bytes are copied.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/personality.h>
#include <grp.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_TREE 256 /* processes walked per RSS sample; bounds the sampling cost */
#define MAX_EXPORTS 16

struct opts {
    long long timeout_ms, cpu_s, mem_mb, fsize, nproc, sample_us;
    int cpu, no_aslr, no_data_limit, forked;
    long long uid, gid;
    const char *in, *out, *err;
    char *exports[MAX_EXPORTS];
    int n_exports;
    char **argv;
};

static long long now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void usage(const char *why) {
    fprintf(stderr, "effx-launch: %s\nusage: effx-launch [--timeout-ms N] [--cpu-s N] [--mem-mb N] "
            "[--no-data-limit] [--forked] [--fsize BYTES] [--nproc N] [--cpu K] [--no-aslr] [--uid N] [--gid N] [--stdin PATH] "
            "[--stdout PATH] [--stderr PATH] [--sample-us N] [--export NAME=PATH]... -- PROGRAM ARGS...\n", why);
    exit(2);
}

static long long number(const char *opt, const char *s) {
    char *end;
    errno = 0;
    long long v = strtoll(s ? s : "", &end, 10);
    if (!s || errno || *end || v < 0) {
        fprintf(stderr, "effx-launch: %s needs a non-negative integer, got '%s'\n", opt, s ? s : "");
        exit(2);
    }
    return v;
}

static void parse(int argc, char **argv, struct opts *o) {
    *o = (struct opts){.cpu = -1, .sample_us = 1000, .in = "/dev/null", .uid = -1, .gid = -1};
    int i = 1;
    for (; i < argc && strcmp(argv[i], "--") != 0; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--no-aslr")) { o->no_aslr = 1; continue; }
        if (!strcmp(a, "--no-data-limit")) { o->no_data_limit = 1; continue; }
        if (!strcmp(a, "--forked")) { o->forked = 1; continue; }
        i++; /* every other option takes a value */
        if (!strcmp(a, "--timeout-ms")) o->timeout_ms = number(a, v);
        else if (!strcmp(a, "--cpu-s")) o->cpu_s = number(a, v);
        else if (!strcmp(a, "--mem-mb")) o->mem_mb = number(a, v);
        else if (!strcmp(a, "--fsize")) o->fsize = number(a, v);
        else if (!strcmp(a, "--nproc")) o->nproc = number(a, v);
        else if (!strcmp(a, "--cpu")) o->cpu = (int)number(a, v);
        else if (!strcmp(a, "--sample-us")) o->sample_us = number(a, v);
        else if (!strcmp(a, "--uid")) o->uid = number(a, v);
        else if (!strcmp(a, "--gid")) o->gid = number(a, v);
        else if (!strcmp(a, "--stdin")) o->in = v;
        else if (!strcmp(a, "--stdout")) o->out = v;
        else if (!strcmp(a, "--stderr")) o->err = v;
        else if (!strcmp(a, "--export")) {
            const char *eq = v ? strchr(v, '=') : NULL;
            if (!eq || eq == v || memchr(v, '/', (size_t)(eq - v)) || o->n_exports == MAX_EXPORTS)
                usage("--export takes NAME=PATH, NAME a plain file name, at most 16 times");
            o->exports[o->n_exports++] = (char *)v;
        }
        else usage("unknown option");
        if (!v) usage("option is missing its value");
    }
    if (i + 1 >= argc) usage("no program given after --");
    if (o->sample_us < 100) o->sample_us = 100; /* sampling faster than this mostly measures ourselves */
    o->argv = argv + i + 1;
}

static void set_limit(int resource, long long soft, long long hard) {
    struct rlimit rl = {(rlim_t)soft, (rlim_t)hard};
    setrlimit(resource, &rl);
}

static int redirect(const char *path, int fd, int flags) {
    if (!path) return 0;
    int f = open(path, flags, 0644);
    if (f < 0) return -1;
    if (f != fd) { dup2(f, fd); close(f); }
    return 0;
}

/* Steps of the child's set-up that can fail; sent to the parent with the errno. */
enum step { STEP_EXEC, STEP_STDIN, STEP_STDOUT, STEP_STDERR, STEP_PIN, STEP_UID };

static void fail(int errpipe, enum step step) {
    int report[2] = {errno, step};
    (void)!write(errpipe, report, sizeof report);
    _exit(127);
}

/* Runs in the forked child; never returns. Failures are sent to the parent as an errno on `errpipe`. */
static void child(const struct opts *o, int errpipe, pid_t launcher) {
    setpgid(0, 0); /* own group, so one killpg() reaches everything the program starts */
    /* If the launcher itself is killed (effx's last-resort deadline), take the program down with it. */
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != launcher) _exit(127);
    /* The launcher may inherit ignored signals from its parent; the program must see the defaults,
     * otherwise exceeding RLIMIT_FSIZE would turn into EFBIG instead of SIGXFSZ. */
    signal(SIGPIPE, SIG_DFL);
    signal(SIGXFSZ, SIG_DFL);
    if (o->cpu >= 0) {
        cpu_set_t set;
        CPU_ZERO(&set);
        CPU_SET(o->cpu, &set);
        if (sched_setaffinity(0, sizeof set, &set) != 0) fail(errpipe, STEP_PIN);
    }
    if (o->no_aslr) personality(ADDR_NO_RANDOMIZE); /* fewer layout-dependent timing swings */
    /* SIGXCPU at the soft limit; SIGKILL one second later if the program catches it */
    if (o->cpu_s) set_limit(RLIMIT_CPU, o->cpu_s, o->cpu_s + 1);
    if (o->mem_mb && !o->no_data_limit) set_limit(RLIMIT_DATA, o->mem_mb << 20, o->mem_mb << 20);
    if (o->fsize) set_limit(RLIMIT_FSIZE, o->fsize, o->fsize);
    int trunc = O_WRONLY | O_CREAT | O_TRUNC;
    if (redirect(o->in, 0, O_RDONLY)) fail(errpipe, STEP_STDIN);
    if (redirect(o->out, 1, trunc)) fail(errpipe, STEP_STDOUT);
    /* --stderr naming the --stdout file merges the two streams in the order they were written (one
     * open file description), as a log of a build or test command should read. */
    if (o->err && o->out && !strcmp(o->err, o->out)) {
        if (dup2(1, 2) < 0) fail(errpipe, STEP_STDERR);
    } else if (redirect(o->err, 2, trunc)) fail(errpipe, STEP_STDERR);
    /* --uid: the launcher stays who it is (root in the sandbox) and only the program becomes the sandbox
     * user, so the program can neither signal, trace nor read the memory of the process that measures it
     * and writes its report. No capability survives the switch, and none can be regained. */
    if (o->uid >= 0) {
        gid_t gid = (gid_t)(o->gid >= 0 ? o->gid : o->uid);
        uid_t uid = (uid_t)o->uid;
        if (setgroups(0, NULL) || setresgid(gid, gid, gid) || setresuid(uid, uid, uid)) fail(errpipe, STEP_UID);
        prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
        prctl(PR_SET_PDEATHSIG, SIGKILL); /* cleared by the credential change */
        if (getppid() != launcher) _exit(127);
    }
    /* After the switch: lowered before it, the limit would make the switch mark the process as over its
     * user's limit whenever other processes of that user exist on the host, and exec would then fail. */
    if (o->nproc) set_limit(RLIMIT_NPROC, o->nproc, o->nproc);
    execvp(o->argv[0], o->argv);
    fail(errpipe, STEP_EXEC);
}

/* Resident bytes of one process (0 once it is gone or a zombie). */
static long long rss_of(int pid, long page) {
    char path[64], buf[128];
    snprintf(path, sizeof path, "/proc/%d/statm", pid);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return 0;
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0) return 0;
    buf[n] = 0;
    long long size = 0, resident = 0;
    if (sscanf(buf, "%lld %lld", &size, &resident) != 2) return 0;
    return resident * page;
}

/* Appends the pids listed in /proc/<pid>/task/<tid>/children to the queue. */
static void queue_children(int pid, int tid, int *queue, long long *parent_rss, int *tail, long long rss) {
    char path[64], buf[4096];
    snprintf(path, sizeof path, "/proc/%d/task/%d/children", pid, tid);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0) return;
    buf[n] = 0;
    for (char *p = buf, *end; *tail < MAX_TREE; p = end) {
        long c = strtol(p, &end, 10);
        if (end == p) break;
        parent_rss[*tail] = rss;
        queue[(*tail)++] = (int)c;
    }
}

/* Resident bytes of `root` and its descendants. Without `forked`, only each process's main-thread
 * children are followed (one extra read per process); children forked from other threads are missed,
 * which is the price of sampling every millisecond without disturbing the program.
 * With `forked`, the program forks copies of itself (the drivers' repeat mode), from whichever thread
 * runs the solution: every thread's children are followed, and each child counts only what it holds
 * beyond its parent, or every shared page would count twice. */
static long long tree_rss(int root, long page, int forked) {
    int queue[MAX_TREE], head = 0, tail = 0;
    long long parent_rss[MAX_TREE];
    long long total = 0;
    parent_rss[tail] = 0;
    queue[tail++] = root;
    while (head < tail) {
        long long above = parent_rss[head];
        int pid = queue[head++];
        long long rss = rss_of(pid, page);
        total += forked ? (rss > above ? rss - above : 0) : rss;
        if (!forked) {
            queue_children(pid, pid, queue, parent_rss, &tail, rss);
            continue;
        }
        char path[64];
        snprintf(path, sizeof path, "/proc/%d/task", pid);
        DIR *tasks = opendir(path);
        if (!tasks) continue;
        for (struct dirent *e; (e = readdir(tasks)) != NULL;)
            if (e->d_name[0] != '.') queue_children(pid, atoi(e->d_name), queue, parent_rss, &tail, rss);
        closedir(tasks);
    }
    return total;
}

/* Kills and reaps whatever the program left behind. As a child subreaper the launcher inherits orphans
 * even if they left the process group (setsid, setpgid), so nothing outlives the run. */
static void kill_leftovers(int pgid) {
    kill(-pgid, SIGKILL);
    for (int round = 0; round < 1000; round++) {
        char path[64], buf[4096];
        snprintf(path, sizeof path, "/proc/%d/task/%d/children", getpid(), getpid());
        int fd = open(path, O_RDONLY | O_CLOEXEC), any = 0;
        ssize_t n = fd >= 0 ? read(fd, buf, sizeof buf - 1) : 0;
        if (fd >= 0) close(fd);
        buf[n > 0 ? n : 0] = 0;
        for (char *p = buf, *end;; p = end) {
            long c = strtol(p, &end, 10);
            if (end == p) break;
            kill((pid_t)c, SIGKILL);
            any = 1;
        }
        while (waitpid(-1, NULL, WNOHANG) > 0) any = 1;
        if (!any) return;
        usleep(1000);
    }
}

/* JSON string literal (or null) for the exec error message. */
static void json_string(const char *s) {
    if (!s) { fputs("null", stdout); return; }
    putchar('"');
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') printf("\\%c", c);
        else if (c < 0x20) printf("\\u%04x", c);
        else putchar(c);
    }
    putchar('"');
}

/* Copy the program's file `name` to `dest` (see --export). A link, a FIFO or a device is not copied:
 * the launcher is root inside the sandbox and must never read a file on the program's behalf. */
static void export_file(const char *name, const char *dest, long long cap) {
    int in = open(name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (in < 0) return;
    struct stat st;
    if (fstat(in, &st) != 0 || !S_ISREG(st.st_mode)) { close(in); return; }
    int out = open(dest, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (out < 0) { close(in); return; }
    char buf[65536];
    long long left = cap ? cap : (1LL << 62);
    ssize_t n;
    while (left > 0 && (n = read(in, buf, left < (long long)sizeof buf ? (size_t)left : sizeof buf)) > 0) {
        if (write(out, buf, (size_t)n) != n) break;
        left -= n;
    }
    close(in);
    close(out);
}

static int file_reached(const char *path, long long limit) {
    struct stat st;
    return path && limit && stat(path, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= limit;
}

int main(int argc, char **argv) {
    struct opts o;
    parse(argc, argv, &o);
    long page = sysconf(_SC_PAGESIZE);
    prctl(PR_SET_CHILD_SUBREAPER, 1);

    int errpipe[2];
    if (pipe2(errpipe, O_CLOEXEC) < 0) { perror("effx-launch: pipe2"); return 3; }
    pid_t self = getpid();
    long long start = now_ns();
    pid_t pid = fork();
    if (pid < 0) { perror("effx-launch: fork"); return 3; }
    if (pid == 0) child(&o, errpipe[1], self);
    setpgid(pid, pid); /* also from the parent: no window in which killpg() would miss the child */
    close(errpipe[1]);

    /* The pipe closes on a successful exec (CLOEXEC) or carries the child's errno. */
    int report[2] = {0, 0};
    if (read(errpipe[0], report, sizeof report) != sizeof report) report[0] = 0;
    int exec_errno = report[0];
    close(errpipe[0]);

    /* A pidfd lets poll() wake the moment the child exits instead of at the next sampling tick; fall
     * back to plain sleeping where pidfd_open is unavailable (old kernels, strict seccomp profiles). */
    int pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
    int timed_out = 0, memory_exceeded = 0, status = 0;
    long long samples = 0, prev_t = start, prev_rss = 0, mem_limit = o.mem_mb << 20;
    double integral = 0; /* byte-nanoseconds; converted to MB*s in the report */
    struct rusage ru;
    memset(&ru, 0, sizeof ru);
    for (;;) {
        pid_t r = wait4(pid, &status, WNOHANG, &ru);
        if (r == pid || (r < 0 && errno != EINTR)) break;
        long long t = now_ns();
        if (!timed_out && !memory_exceeded && o.timeout_ms && t - start >= o.timeout_ms * 1000000LL) {
            timed_out = 1;
            kill(-pid, SIGKILL);
        }
        if (!timed_out && !memory_exceeded && !exec_errno) {
            long long rss = tree_rss(pid, page, o.forked);
            /* trapezoid between consecutive samples; the first sample ramps up from zero at fork */
            integral += (double)(rss + prev_rss) / 2.0 * (double)(t - prev_t);
            prev_t = t;
            prev_rss = rss;
            samples++;
            if (mem_limit && rss > mem_limit) {
                memory_exceeded = 1;
                kill(-pid, SIGKILL);
            }
        }
        if (pidfd >= 0) {
            struct pollfd p = {pidfd, POLLIN, 0};
            poll(&p, 1, (int)((o.sample_us + 999) / 1000));
        } else {
            usleep((useconds_t)o.sample_us);
        }
    }
    long long end = now_ns();
    /* the last sampled level holds until the exit was seen */
    integral += (double)prev_rss * (double)(end - prev_t);
    kill_leftovers(pid);
    for (int k = 0; k < o.n_exports; k++) {
        char *eq = strchr(o.exports[k], '=');
        *eq = 0;
        export_file(o.exports[k], eq + 1, o.fsize);
        *eq = '=';
    }

    int sig = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    int output_exceeded = sig == SIGXFSZ || file_reached(o.out, o.fsize) || file_reached(o.err, o.fsize);
    long long user_ns = (long long)ru.ru_utime.tv_sec * 1000000000LL + ru.ru_utime.tv_usec * 1000LL;
    long long sys_ns = (long long)ru.ru_stime.tv_sec * 1000000000LL + ru.ru_stime.tv_usec * 1000LL;
    /* RLIMIT_CPU sends SIGXCPU, then SIGKILL at the hard limit: either means the CPU budget ran out */
    if (sig == SIGXCPU || (sig == SIGKILL && o.cpu_s && user_ns + sys_ns >= o.cpu_s * 1000000000LL))
        timed_out = 1;

    printf("{\"exit_code\": ");
    if (exec_errno) printf("127");
    else if (WIFEXITED(status)) printf("%d", WEXITSTATUS(status));
    else printf("null");
    printf(", \"signal\": ");
    if (sig) printf("%d", sig); else printf("null");
    printf(", \"timed_out\": %s, \"memory_exceeded\": %s, \"output_exceeded\": %s",
           timed_out ? "true" : "false", memory_exceeded ? "true" : "false",
           output_exceeded ? "true" : "false");
    printf(", \"wall_ns\": %lld, \"user_ns\": %lld, \"sys_ns\": %lld, \"peak_rss_kb\": %ld",
           end - start, user_ns, sys_ns, ru.ru_maxrss);
    printf(", \"mem_integral_mb_s\": %.6f, \"samples\": %lld, \"exec_error\": ",
           integral / 1048576.0 / 1e9, samples);
    if (exec_errno) {
        char msg[512];
        const char *what[] = {o.argv[0], o.in, o.out, o.err};
        if (report[1] == STEP_PIN)
            snprintf(msg, sizeof msg, "cannot pin to core %d: %s", o.cpu, strerror(exec_errno));
        else if (report[1] == STEP_UID)
            snprintf(msg, sizeof msg, "cannot switch to uid %lld: %s", o.uid, strerror(exec_errno));
        else
            snprintf(msg, sizeof msg, "%s%s: %s", report[1] == STEP_EXEC ? "" : "cannot open ",
                     what[report[1]], strerror(exec_errno));
        json_string(msg);
    } else {
        json_string(NULL);
    }
    printf("}\n");
    return 0;
}
