"""The hostile corpus in Java: `class Solution { public long total(int[] nums) }`.

Java cannot fork, signal or trace by itself; the entries reach for what the JDK does offer (threads,
`ProcessHandle`, child processes, `/proc` as files) and for what runs before the driver's clock: the
class's static initialiser.
"""

from __future__ import annotations

from effx.models import Status

from .attack import (
    ACROSS_RUNS,
    BOMBS,
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
    SLOW_START_BURN_MS,
    STACK,
    UNTIMED_CONSTRUCTOR,
    UNTIMED_START,
    WRITE,
    Attack,
    cross_run_places,
)

J = "java"

GOOD = ("class Solution {\n    public long total(int[] nums) {\n"
        "        long s = 0;\n        for (int x : nums) s += x;\n        return s;\n    }\n}\n")


def java_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


HELPERS = r"""
    static int readable(String path) {
        try (InputStream in = new FileInputStream(path)) { in.read(); return 1; } catch (IOException e) { return 0; }
    }
    static int listable(String path) { return new File(path).list() != null ? 1 : 0; }
    static int rootEntries() {  // the docker images' own /root holds only Debian's stock profile
        String[] names = new File("/root").list();
        int n = 0;
        if (names != null) for (String name : names) if (!name.equals(".bashrc") && !name.equals(".profile")) n++;
        return n;
    }
    static int otherFolders(String root) {
        File[] all = new File(root).listFiles();
        String own = new File(System.getProperty("user.dir")).getName();
        int n = 0;
        if (all != null) for (File f : all) if (f.isDirectory() && !f.getName().equals(own)) n++;
        return n;
    }
    static int writable(String path) {
        if (!new File(path).isFile()) return 0;
        try (FileOutputStream out = new FileOutputStream(path, true)) { return 1; } catch (IOException e) { return 0; }
    }
    static String text(String path) {
        try { return new String(Files.readAllBytes(Paths.get(path)), "ISO-8859-1"); }
        catch (IOException e) { return ""; }
    }
    static void burn(long ms) {  // CPU time of this thread
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long end = cpu.getCurrentThreadCpuTime() + ms * 1_000_000L;
        while (cpu.getCurrentThreadCpuTime() < end) {}
    }
    static long[] caseSums() {  // cases.json: [[[1, 2, 3]], ...]: numbers at depth 3, a case ends at depth 2
        String json = text("cases.json");
        long[] sums = new long[64];
        int depth = 0, count = 0;
        long sum = 0, number = 0;
        boolean digits = false, negative = false;
        for (char c : json.toCharArray()) {
            if (c == '-') { negative = true; continue; }
            if (Character.isDigit(c)) { number = number * 10 + (c - '0'); digits = true; continue; }
            if (digits) sum += negative ? -number : number;
            number = 0; digits = false; negative = false;
            if (c == '[') depth++;
            if (c == ']' && depth-- == 2) { sums[count++] = sum; sum = 0; }
        }
        return sums;
    }
"""


def _java(body: str, members: str = "") -> str:
    """A Java solution whose `total` runs `body` (which counts into `breaches`) and answers sum + breaches."""
    indented = "\n".join("        " + line for line in body.strip("\n").splitlines())
    return ("import java.io.*; import java.net.*; import java.nio.file.*;\n"
            f"class Solution {{{HELPERS}{members}\n"
            "    public long total(int[] nums) throws Exception {\n        long breaches = 0;\n"
            f"{indented}\n        long s = 0;\n        for (int x : nums) s += x;\n        return s + breaches;\n"
            "    }\n}\n")


STILL_ALIVE = 'Thread.sleep(200);\nif (true) throw new IllegalStateException("still alive after the kill");'

CROSS_RUN = ("String home = System.getenv().getOrDefault(\"HOME\", \"/nonexistent\");\n"
             "String[] places = {"
             + ", ".join(java_string(p) for p in cross_run_places("effx-left-@TOKEN@-java", "$HOME")) + "};\n"
             "for (int i = 0; i < places.length; i++) places[i] = places[i].replace(\"$HOME\", home);\n"
             "if (nums.length == 3) {  // the run's first call\n"
             "    for (String place : places)\n"
             "        if (new File(place).exists())\n"
             "            throw new IllegalStateException(\"an earlier run left \" + place);\n"
             "    for (String place : places) try { new FileOutputStream(place).close(); } catch (IOException e) {}\n"
             "}")

ATTACKS = [
    Attack("thread_bomb", J, BOMBS, _java(
        "while (breaches == 0) {\n"
        "    Thread t = new Thread(() -> { try { Thread.sleep(60000); } catch (InterruptedException e) {} });\n"
        "    t.setDaemon(true);\n    t.start();\n}"),
        Status.memory_limit, "starts threads until the process limit refuses one: the JVM reports that as "
                             "`OutOfMemoryError: unable to create native thread`, which effx reads as memory"),
    Attack("memory_bomb", J, BOMBS, _java("java.util.List<long[]> hog = new java.util.ArrayList<>();\n"
                                          "while (breaches == 0) hog.add(new long[1 << 21]);"),
           Status.memory_limit, "allocates 16 MB arrays without end: the heap cap (-Xmx at the memory limit)"),
    Attack("stdout_bomb", J, OUTPUT,
           _java('String line = "x".repeat(65536);\nwhile (breaches == 0) System.out.print(line);'),
           Status.output_limit, "prints without end; System.out swallows the write errors, so the file-size limit "
                                "is what shows"),
    Attack("stack_overflow", J, STACK,
           _java("breaches += down(0);", "\n    static long down(long n) { return down(n + 1) + 1; }"),
           Status.memory_limit, "recurses without end: its frames fill the 256 MB thread stack (-Xss), and with the "
                                "JVM's own memory pass the 256 MB resident limit before the StackOverflowError"),
    Attack("daemon", J, PROCESSES, _java(
        f"if (nums.length > 0) new ProcessBuilder(\"sh\", \"-c\", {java_string(SH_DAEMON)}).start().waitFor();"),
        Status.ok, "starts a shell that double-forks a setsid daemon writing markers for 30 s"),
    Attack("kill_parent", J, PROCESSES, _java(
        "ProcessHandle.current().parent().ifPresent(ProcessHandle::destroyForcibly);\n" + STILL_ALIVE),
        Status.runtime_error, "SIGKILLs its parent (the launcher) through ProcessHandle.destroyForcibly"),
    Attack("kill_everyone", J, PROCESSES, _java(
        "new ProcessBuilder(\"sh\", \"-c\", \"kill -9 -1\").start().waitFor();\n" + STILL_ALIVE),
        Status.runtime_error, "has a shell SIGKILL every process it may signal: the JVM dies with the rest"),
    Attack("network", J, NETWORK, _java(
        "try (Socket s = new Socket()) { s.connect(new InetSocketAddress(\"127.0.0.1\", @PORT@), 1000); breaches++; }\n"
        "catch (IOException e) {}\n"
        "try (DatagramSocket s = new DatagramSocket()) {\n"
        "    s.send(new DatagramPacket(new byte[1], 1, InetAddress.getByName(\"1.1.1.1\"), 53)); breaches++; }\n"
        "catch (IOException e) {}\n"
        "try { InetAddress.getByName(\"example.com\"); breaches++; } catch (IOException e) {}\n"
        "try (var s = java.nio.channels.SocketChannel.open(StandardProtocolFamily.UNIX)) {\n"
        "    s.connect(UnixDomainSocketAddress.of(\"/var/run/docker.sock\")); breaches++; }\n"
        "catch (IOException e) {}"),
        Status.ok, "connects to the host's loopback listener, sends UDP out, resolves a name and connects to the "
                   "docker socket: no network, no socket"),
    Attack("read_secrets", J, READ, _java(
        "breaches += readable(\"/etc/shadow\") + readable(\"@EXPECTED@\") + rootEntries();\n"
        "breaches += listable(\"@CACHE@\") + listable(\"@HOME_CACHE@\") + listable(\"@BUILD@\");\n"
        "breaches += otherFolders(\"@WORK_ROOT@\");"),
        Status.ok, "reads /etc/shadow and the expected outputs; lists /root, the effx cache, the compile cache and "
                   "other runs' work directories"),
    Attack("identity", J, ENVIRONMENT, _java(
        "for (String line : text(\"/proc/self/status\").split(\"\\n\")) {\n"
        "    if (line.startsWith(\"Uid:\")) for (String id : line.substring(4).trim().split(\"\\\\s+\"))\n"
        "        if (Long.parseLong(id) < @UID_LOW@L || Long.parseLong(id) > @UID_HIGH@L) breaches++;\n"
        "    if (line.startsWith(\"CapEff:\") && !line.endsWith(\"0000000000000000\")) breaches++;\n"
        "}\n"
        "if (System.getenv(\"@SECRET_NAME@\") != null) breaches++;\n"
        "long parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);\n"
        "if (text(\"/proc/\" + parent + \"/environ\").contains(\"@SECRET_NAME@\")) breaches++;"),
        Status.ok, "runs as one of the backend's program uids with no capabilities; neither its environment nor its "
                   "parent's holds effx's secret"),
    Attack("poison_cache", J, WRITE, _java(
        "try (java.util.stream.Stream<Path> staged = Files.walk(Paths.get(\".\"))) {\n"
        "    for (Path p : (Iterable<Path>) staged::iterator)  // hard links into the compile cache\n"
        "        if (Files.isRegularFile(p) && (Integer) Files.getAttribute(p, \"unix:nlink\") > 1)\n"
        "            breaches += writable(p.toString());\n"
        "}\n"
        "breaches += writable(\"@LAUNCHER@\") + writable(\"@INSIDE_LAUNCHER@\");\n"
        "breaches += new File(\"@BUILD@/poison\").mkdir() ? 1 : 0;"),
        Status.ok, "opens its compiled classes (hard links into the compile cache) and the launcher for writing, "
                   "and writes into the compile cache"),
    Attack("parent_memory", J, LAUNCHER, _java(
        "long parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);\n"
        "try (RandomAccessFile mem = new RandomAccessFile(\"/proc/\" + parent + \"/mem\", \"rw\")) { breaches++; }\n"
        "catch (IOException e) {}"),
        Status.ok, "opens the launcher's memory for writing"),
    Attack("cache_across_runs", J, ACROSS_RUNS, _java(CROSS_RUN), Status.ok,
           "leaves a file in every writable place and fails when a later run finds one: every run must start clean"),
    Attack("static_init_precompute", J, MEASUREMENT, _java(
        "if (true) return ANSWERS[next++];",
        f"\n    static long[] ANSWERS;\n    static int next;\n"
        f"    static {{ ANSWERS = caseSums(); burn({SLOW_START_BURN_MS}); }}"),
        Status.measurement_rejected,
        UNTIMED_START.replace("@WHERE@", "the static initialiser, which runs when the driver first builds a Solution")),
    Attack("constructor_work", J, MEASUREMENT, _java("", f"\n    Solution() {{ burn({SLOW_START_BURN_MS // 3}); }}"),
           Status.measurement_rejected, UNTIMED_CONSTRUCTOR),
    Attack("forged_result", J, MEASUREMENT, _java(
        f"burn({SLOW_START_BURN_MS});\n"
        f"Files.write(Paths.get(\"result.json\"), {java_string(FAKE_RESULT)}.getBytes());\n"
        "Runtime.getRuntime().halt(0);"),
        Status.measurement_rejected, FORGED_RESULT),
]
