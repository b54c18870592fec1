"""The hostile corpus in Go: `func total(nums []int) int64`, in a `package main` of its own making.

Go reaches the kernel through `syscall` (signals, ptrace) and runs `init()` before the driver's main.
Go rejects unused imports, so each program imports what it uses and anchors it (`var _ = pkg.Name`).
"""

from __future__ import annotations

import json

from effx.models import Status

from .attack import (
    ACROSS_RUNS,
    BOMBS,
    BURN_MS,
    ENVIRONMENT,
    FAKE_RESULT,
    FORGED_RESULT,
    LAUNCHER,
    MEASUREMENT,
    NETWORK,
    OUTPUT,
    PROCESSES,
    READ,
    SH_DAEMON,
    STACK,
    TIME,
    UNTIMED_START,
    WRITE,
    Attack,
    cross_run_places,
)

G = "go"

GOOD = ("func total(nums []int) int64 {\n\tvar s int64\n\tfor _, x := range nums {\n\t\ts += int64(x)\n\t}\n"
        "\treturn s\n}\n")

ANCHORS = {"os": "os.Getpid", "syscall": "syscall.Getpid", "time": "time.Now", "net": "net.Dial",
           "strings": "strings.Contains", "encoding/json": "json.Marshal", "path/filepath": "filepath.Base",
           "runtime": "runtime.Gosched", "os/exec": "exec.Command", "fmt": "fmt.Sprint"}

HELPERS = """
func effxReadable(path string) int64 {
\tif f, err := os.Open(path); err == nil {
\t\tdefer f.Close()
\t\tif _, err := f.Read(make([]byte, 1)); err == nil {
\t\t\treturn 1
\t\t}
\t}
\treturn 0
}

func effxListable(path string) int64 {
\tif _, err := os.ReadDir(path); err == nil {
\t\treturn 1
\t}
\treturn 0
}

func effxWritable(path string) int64 {
\tif info, err := os.Stat(path); err != nil || !info.Mode().IsRegular() {
\t\treturn 0
\t}
\tif f, err := os.OpenFile(path, os.O_WRONLY, 0); err == nil {
\t\tf.Close()
\t\treturn 1
\t}
\treturn 0
}

func effxText(path string) string {
\tdata, _ := os.ReadFile(path)
\treturn string(data)
}

// effxCPU is the process's CPU time.
func effxCPU() time.Duration {
\tvar usage syscall.Rusage
\tsyscall.Getrusage(syscall.RUSAGE_SELF, &usage)
\treturn time.Duration(usage.Utime.Nano() + usage.Stime.Nano())
}

func effxBurn(ms int) {
\tend := effxCPU() + time.Duration(ms)*time.Millisecond
\tfor effxCPU() < end {
\t}
}
"""


def _go(body: str, top: str = "", imports: tuple[str, ...] = ()) -> str:
    """A Go solution whose `total` runs `body` (which counts into `breaches`) and answers sum + breaches."""
    used = sorted({"os", "syscall", "time", *imports})
    lines = "\n".join(f'\t"{path}"' for path in used)
    anchors = "\n".join(f"var _ = {ANCHORS[path]}" for path in used)
    indented = "\n".join("\t" + line for line in body.strip("\n").splitlines())
    return (f"package main\n\nimport (\n{lines}\n)\n\n{anchors}\n{HELPERS}\n{top}\n"
            f"func total(nums []int) int64 {{\n\tvar breaches int64\n{indented}\n"
            "\tvar s int64\n\tfor _, x := range nums {\n\t\ts += int64(x)\n\t}\n\treturn s + breaches\n}\n")


STILL_ALIVE = '\ntime.Sleep(200 * time.Millisecond)\npanic("still alive after the kill")'

CROSS_RUN = f"""if len(nums) == 3 {{ // the run's first call
\thome := os.Getenv("HOME")
\tif home == "" {{
\t\thome = "/nonexistent"
\t}}
\tplaces := []string{{{", ".join(json.dumps(p) for p in cross_run_places("effx-left-@TOKEN@-go", "$HOME"))}}}
\tfor i := range places {{
\t\tplaces[i] = strings.Replace(places[i], "$HOME", home, 1)
\t\tif _, err := os.Stat(places[i]); err == nil {{
\t\t\tpanic("an earlier run left " + places[i])
\t\t}}
\t}}
\tfor _, place := range places {{
\t\tos.WriteFile(place, nil, 0o644)
\t}}
}}"""

ATTACKS = [
    Attack("thread_bomb", G, BOMBS, _go(
        "for {\n\tgo func() {\n\t\truntime.LockOSThread()\n"
        "\t\tsyscall.Nanosleep(&syscall.Timespec{Sec: 60}, nil)\n\t}()\n}",
        imports=("runtime", "syscall")),
        Status.runtime_error, "starts goroutines that each hold an OS thread in a 60 s sleep: the runtime's next "
                              "thread is refused by the process limit, a fatal error"),
    Attack("memory_bomb", G, BOMBS, _go(
        "hog := [][]byte{}\nfor {\n\tblock := make([]byte, 1<<24)\n\tfor i := range block {\n\t\tblock[i] = 1\n\t}\n"
        "\thog = append(hog, block)\n}"),
        Status.memory_limit, "allocates and touches 16 MB blocks without end"),
    Attack("stdout_bomb", G, OUTPUT, _go(
        "line := string(make([]byte, 65536))\nfor {\n\tif _, err := os.Stdout.WriteString(line); err != nil {\n"
        "\t\tpanic(err)\n\t}\n}"),
        Status.output_limit, "writes stdout without end"),
    Attack("stack_overflow", G, STACK, _go("breaches += down(0)", "func down(n int64) int64 { return down(n+1) + 1 }"),
           Status.memory_limit, "recurses without end: goroutine stacks grow on demand up to 1 GB, so the resident "
                                "limit ends it first"),
    Attack("busy_loop", G, TIME, _go("for {\n}"), Status.timeout, "spins forever"),
    Attack("daemon", G, PROCESSES, _go(
        f"if len(nums) > 0 {{\n\texec.Command(\"sh\", \"-c\", {json.dumps(SH_DAEMON)}).Run()\n}}",
        imports=("os/exec",)),
        Status.ok, "starts a shell that double-forks a setsid daemon writing markers for 30 s"),
    Attack("kill_parent", G, PROCESSES, _go("syscall.Kill(os.Getppid(), syscall.SIGKILL)" + STILL_ALIVE,
                                            imports=("syscall",)),
           Status.runtime_error, "SIGKILLs its parent (the launcher)"),
    Attack("kill_everyone", G, PROCESSES, _go("syscall.Kill(-1, syscall.SIGKILL)" + STILL_ALIVE,
                                              imports=("syscall",)),
           Status.runtime_error, "SIGKILLs every process it may signal"),
    Attack("network", G, NETWORK, _go(
        "if c, err := net.DialTimeout(\"tcp\", \"127.0.0.1:@PORT@\", time.Second); err == nil {\n"
        "\tc.Close()\n\tbreaches++\n}\n"
        "if c, err := net.Dial(\"udp\", \"1.1.1.1:53\"); err == nil {\n"
        "\tif _, err := c.Write([]byte(\"x\")); err == nil {\n\t\tbreaches++\n\t}\n\tc.Close()\n}\n"
        "if _, err := net.LookupHost(\"example.com\"); err == nil {\n\tbreaches++\n}\n"
        "if c, err := net.Dial(\"unix\", \"/var/run/docker.sock\"); err == nil {\n\tc.Close()\n\tbreaches++\n}",
        imports=("net",)),
        Status.ok, "connects to the host's loopback listener, sends UDP out, resolves a name and connects to the "
                   "docker socket: no network, no socket"),
    Attack("read_secrets", G, READ, _go(
        "breaches += effxReadable(\"/etc/shadow\") + effxReadable(\"@EXPECTED@\")\n"
        "breaches += effxListable(\"@CACHE@\") + effxListable(\"@HOME_CACHE@\") + effxListable(\"@BUILD@\")\n"
        "if entries, err := os.ReadDir(\"/root\"); err == nil {\n\tfor _, e := range entries {\n"
        "\t\tif e.Name() != \".bashrc\" && e.Name() != \".profile\" {\n\t\t\tbreaches++\n\t\t}\n\t}\n}\n"
        "own, _ := os.Getwd()\n"
        "if entries, err := os.ReadDir(\"@WORK_ROOT@\"); err == nil {\n\tfor _, e := range entries {\n"
        "\t\tif e.IsDir() && e.Name() != filepath.Base(own) {\n\t\t\tbreaches++\n\t\t}\n\t}\n}",
        imports=("path/filepath",)),
        Status.ok, "reads /etc/shadow and the expected outputs; lists /root, the effx cache, the compile cache and "
                   "other runs' work directories"),
    Attack("identity", G, ENVIRONMENT, _go(
        "if uid := os.Getuid(); uid != os.Geteuid() || uid < @UID_LOW@ || uid > @UID_HIGH@ {\n\tbreaches++\n}\n"
        "if !strings.Contains(effxText(\"/proc/self/status\"), \"CapEff:\\t0000000000000000\") {\n\tbreaches++\n}\n"
        "if _, found := os.LookupEnv(\"@SECRET_NAME@\"); found {\n\tbreaches++\n}\n"
        "if strings.Contains(effxText(\"/proc/\"+fmt.Sprint(os.Getppid())+\"/environ\"), \"@SECRET_NAME@\") {\n"
        "\tbreaches++\n}",
        imports=("strings", "fmt")),
        Status.ok, "runs as one of the backend's program uids with no capabilities; neither its environment nor its "
                   "parent's holds effx's secret"),
    Attack("poison_cache", G, WRITE, _go(
        "entries, _ := os.ReadDir(\".\")\nfor _, e := range entries { // hard links into the compile cache\n"
        "\tif info, err := os.Stat(e.Name()); err == nil && info.Sys().(*syscall.Stat_t).Nlink > 1 {\n"
        "\t\tbreaches += effxWritable(e.Name())\n\t}\n}\n"
        "breaches += effxWritable(\"@LAUNCHER@\") + effxWritable(\"@INSIDE_LAUNCHER@\")\n"
        "if os.Mkdir(\"@BUILD@/poison\", 0o777) == nil {\n\tbreaches++\n}",
        imports=("syscall",)),
        Status.ok, "opens its own binary (a hard link into the compile cache) and the launcher for writing, and "
                   "writes into the compile cache"),
    Attack("ptrace_parent", G, LAUNCHER, _go(
        "runtime.LockOSThread() // ptrace requests must come from the attaching thread\n"
        "parent := os.Getppid()\nif syscall.PtraceAttach(parent) == nil {\n\tbreaches++\n"
        "\tvar status syscall.WaitStatus\n\tsyscall.Wait4(parent, &status, syscall.WALL, nil)\n"
        "\tsyscall.PtraceDetach(parent)\n}",
        imports=("runtime", "syscall")),
        Status.ok, "attaches to the launcher with ptrace"),
    Attack("parent_memory", G, LAUNCHER, _go(
        "if f, err := os.OpenFile(\"/proc/\"+fmt.Sprint(os.Getppid())+\"/mem\", os.O_RDWR, 0); err == nil {\n"
        "\tf.Close()\n\tbreaches++\n}",
        imports=("fmt",)),
        Status.ok, "opens the launcher's memory for writing"),
    Attack("cache_across_runs", G, ACROSS_RUNS, _go(CROSS_RUN, imports=("strings",)), Status.ok,
           "leaves a file in every writable place and fails when a later run finds one: every run must start clean"),
    Attack("static_init_precompute", G, MEASUREMENT, _go(
        "answer := answers[0]\nanswers = answers[1:]\nreturn answer",
        "var answers []int64\n\nfunc init() {\n\tvar cases [][][]int\n"
        "\tjson.Unmarshal([]byte(effxText(\"cases.json\")), &cases)\n"
        "\tfor _, args := range cases {\n\t\tvar s int64\n\t\tfor _, x := range args[0] {\n\t\t\ts += int64(x)\n"
        f"\t\t}}\n\t\tanswers = append(answers, s)\n\t}}\n\teffxBurn({BURN_MS})\n}}",
        imports=("encoding/json",)),
        Status.measurement_rejected, UNTIMED_START.replace("@WHERE@", "init(), before the driver's main")),
    Attack("forged_result", G, MEASUREMENT, _go(
        f"effxBurn({BURN_MS})\nos.WriteFile(\"result.json\", []byte({json.dumps(FAKE_RESULT)}), 0o644)\nos.Exit(0)"),
        Status.measurement_rejected, FORGED_RESULT),
]
