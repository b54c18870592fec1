"""The hostile corpus in JavaScript (Node.js): `var total = function(nums)`, or `class Solution`.

The driver runs the solution's top-level code inside its own worker thread, in the same global object:
what the solution changes there (globals, built-in prototypes) the driver sees.
"""

from __future__ import annotations

import json

from effx.models import Status

from .attack import (
    ACROSS_RUNS,
    BOMBS,
    CAUGHT,
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
    TIME,
    UNTIMED_CONSTRUCTOR,
    WRITE,
    Attack,
    cross_run_places,
    took_at_least,
)

JS = "javascript"

GOOD = "var total = function(nums) {\n  let s = 0;\n  for (const x of nums) s += x;\n  return s;\n};\n"

PRELUDE = """const fs = require("fs");
const cp = require("child_process");
// CPU time of the process, in microseconds: no clock attack touches process.cpuUsage
function effxCpu() { const used = process.cpuUsage(); return used.user + used.system; }
function effxBurn(ms) { const end = effxCpu() + ms * 1000; while (effxCpu() < end) {} }
function effxSleep(ms) { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms); }
function effxReadable(p) { try { fs.readFileSync(p); return 1; } catch (e) { return 0; } }
function effxListable(p) { try { fs.readdirSync(p); return 1; } catch (e) { return 0; } }
function effxText(p) { try { return fs.readFileSync(p, "latin1"); } catch (e) { return ""; } }
function effxWritable(p) {
  try { if (!fs.statSync(p).isFile()) return 0; fs.closeSync(fs.openSync(p, "r+")); return 1; } catch (e) { return 0; }
}
"""


def _js(body: str, top: str = "") -> str:
    """A JavaScript solution whose `total` runs `body` (which counts into `breaches`) and answers sum + breaches."""
    indented = "\n".join("  " + line for line in body.strip("\n").splitlines())
    return (f"{PRELUDE}{top}\nvar total = function(nums) {{\n  let breaches = 0;\n{indented}\n"
            "  let s = 0;\n  for (const x of nums) s += x;\n  return s + breaches;\n};\n")


STILL_ALIVE = "\neffxSleep(200);\nthrow new Error('still alive after the kill');"

NETWORK_PROBE = """
const net = require("net"), dgram = require("dgram"), dns = require("dns");
let breaches = 0, pending = 4;
const done = () => { if (--pending === 0) process.exit(breaches); };
const tcp = net.connect(@PORT@, "127.0.0.1");
tcp.on("connect", () => { breaches++; tcp.destroy(); done(); }).on("error", done);
const udp = dgram.createSocket("udp4");
udp.send("x", 53, "1.1.1.1", (e) => { if (!e) breaches++; udp.close(); done(); });
dns.lookup("example.com", (e) => { if (!e) breaches++; done(); });
const unix = net.connect("/var/run/docker.sock");
unix.on("connect", () => { breaches++; unix.destroy(); done(); }).on("error", done);
setTimeout(() => process.exit(100 + breaches), 1500);
"""
"""Node's sockets and resolver are asynchronous: a child node process runs the probes and exits with the
number that got through (100 and more when one of them hung)."""

CROSS_RUN = f"""if (nums.length === 3) {{  // the run's first call
  const home = process.env.HOME || "/nonexistent";
  const places = {json.dumps(cross_run_places("effx-left-@TOKEN@-javascript", "$HOME"))}
    .map((p) => p.replace("$HOME", home));
  const found = places.filter((p) => fs.existsSync(p));
  if (found.length) throw new Error("an earlier run left " + found);
  for (const p of places) {{ try {{ fs.writeFileSync(p, ""); }} catch (e) {{}} }}
}}"""

ATTACKS = [
    Attack("memory_bomb", JS, BOMBS, _js("const hog = [];\nfor (;;) hog.push(new Array(1 << 20).fill(1.5));"),
           Status.memory_limit, "fills arrays without end: the heap cap (--max-old-space-size)"),
    Attack("stdout_bomb", JS, OUTPUT, _js("const line = 'x'.repeat(65536);\nfor (;;) fs.writeSync(1, line);"),
           Status.output_limit, "writes stdout without end: EFBIG from the file-size limit"),
    Attack("stack_overflow", JS, STACK, _js("breaches += down(0);",
                                            "function down(n) { return down(n + 1) + 1; }"),
           Status.memory_limit, "recurses without end: its frames fill the driver's 256 MB worker stack, and with "
                                "V8's own memory pass the 256 MB resident limit before the RangeError"),
    Attack("stdin_read", JS, TIME, _js("fs.readFileSync(0);"), Status.ok,
           "reads stdin to its end: an empty file, EOF at once"),
    Attack("daemon", JS, PROCESSES, _js(f"if (nums.length) cp.spawnSync('sh', ['-c', {json.dumps(SH_DAEMON)}]);"),
           Status.ok, "starts a shell that double-forks a setsid daemon writing markers for 30 s"),
    Attack("kill_parent", JS, PROCESSES, _js("process.kill(process.ppid, 'SIGKILL');" + STILL_ALIVE),
           Status.runtime_error, "SIGKILLs its parent (the launcher)"),
    Attack("kill_group", JS, PROCESSES, _js("process.kill(0, 'SIGKILL');"), Status.runtime_error,
           "SIGKILLs its own process group"),
    Attack("kill_everyone", JS, PROCESSES, _js("process.kill(-1, 'SIGKILL');" + STILL_ALIVE), Status.runtime_error,
           "SIGKILLs every process it may signal"),
    Attack("network", JS, NETWORK, _js(
        f"const probe = cp.spawnSync(process.execPath, ['-e', {json.dumps(NETWORK_PROBE)}]);\n"
        "breaches += probe.status === null ? 1000 : probe.status;"),
        Status.ok, "connects to the host's loopback listener, sends UDP out, resolves a name and connects to the "
                   "docker socket (from a child node process): no network, no socket"),
    Attack("read_secrets", JS, READ, _js(
        "breaches += effxReadable('/etc/shadow') + effxReadable('@EXPECTED@');\n"
        "breaches += effxListable('@CACHE@') + effxListable('@HOME_CACHE@') + effxListable('@BUILD@');\n"
        "try { breaches += fs.readdirSync('/root').filter((n) => n !== '.bashrc' && n !== '.profile').length; }\n"
        "catch (e) {}\n"
        "const own = require('path').basename(process.cwd());\n"
        "try { breaches += fs.readdirSync('@WORK_ROOT@', {withFileTypes: true})\n"
        "  .filter((e) => e.isDirectory() && e.name !== own).length; } catch (e) {}"),
        Status.ok, "reads /etc/shadow and the expected outputs; lists /root, the effx cache, the compile cache and "
                   "other runs' work directories"),
    Attack("identity", JS, ENVIRONMENT, _js(
        "const uid = process.getuid();\nbreaches += uid !== process.geteuid() || uid < @UID_LOW@ || uid > @UID_HIGH@;\n"
        "breaches += !effxText('/proc/self/status').includes('CapEff:\\t0000000000000000');\n"
        "breaches += '@SECRET_NAME@' in process.env;\n"
        "breaches += effxText(`/proc/${process.ppid}/environ`).includes('@SECRET_NAME@');"),
        Status.ok, "runs as one of the backend's program uids with no capabilities; neither its environment nor its "
                   "parent's holds effx's secret"),
    Attack("poison_cache", JS, WRITE, _js(
        "for (const name of fs.readdirSync('.'))  // hard links into the compile cache\n"
        "  if (fs.statSync(name).nlink > 1) breaches += effxWritable(name);\n"
        "breaches += effxWritable('@LAUNCHER@') + effxWritable('@INSIDE_LAUNCHER@');\n"
        "try { fs.mkdirSync('@BUILD@/poison'); breaches++; } catch (e) {}"),
        Status.ok, "opens its staged files (hard links into the compile cache) and the launcher for writing, and "
                   "writes into the compile cache"),
    Attack("parent_memory", JS, LAUNCHER, _js(
        "try { fs.closeSync(fs.openSync(`/proc/${process.ppid}/mem`, 'r+')); breaches++; } catch (e) {}"),
        Status.ok, "opens the launcher's memory for writing"),
    Attack("cache_across_runs", JS, ACROSS_RUNS, _js(CROSS_RUN), Status.ok,
           "leaves a file in every writable place and fails when a later run finds one: every run must start clean"),
    Attack("clock_patch", JS, MEASUREMENT, _js(
        f"if (nums.length === 3) effxBurn({SLOW_START_BURN_MS});",
        "process.hrtime.bigint = () => 0n;\nprocess.hrtime = () => [0, 0];\nperformance.now = () => 0;\n"
        "Date.now = () => 0;"),
        Status.ok, "makes process.hrtime, performance.now and Date.now return 0 before any call: the driver took "
                   "its clock before loading the solution, so the 400 ms are measured",
        check=took_at_least(SLOW_START_BURN_MS / 2)),
    Attack("driver_clock_patch", JS, MEASUREMENT, _js(
        f"if (nums.length === 3) effxBurn({SLOW_START_BURN_MS});",
        "const RealNumber = Number;\n"
        "globalThis.Number = new Proxy(RealNumber, {apply: (target, self, args) =>\n"
        "  typeof args[0] === 'bigint' ? 0 : target(...args)});"),
        Status.measurement_rejected, "replaces the global Number, which the driver calls to turn each BigInt "
                                     "clock difference into a time, with one that makes them 0, then works 400 ms"
                                     + CAUGHT),
    Attack("negative_clock", JS, MEASUREMENT, _js(
        f"if (nums.length === 3) effxBurn({SLOW_START_BURN_MS});",
        "const RealNumber = Number;\n"
        "globalThis.Number = new Proxy(RealNumber, {apply: (target, self, args) =>\n"
        "  typeof args[0] === 'bigint' ? -1e10 : target(...args)});"),
        Status.measurement_rejected, "the same global Number, making every time -10 s: the run claims a negative "
                                     "runtime for 400 ms of work"),
    Attack("load_precompute", JS, MEASUREMENT, _js(
        "return ANSWERS.shift();",
        "const ANSWERS = JSON.parse(fs.readFileSync('cases.json', 'utf8'))\n"
        "  .map(([a]) => a.reduce((x, y) => x + y, 0));\n"
        f"effxBurn({SLOW_START_BURN_MS});"),
        Status.ok, "reads cases.json at top level, computes every answer there (400 ms) and only looks them up "
                   "when called: top-level code is timed and added to the first call",
        check=took_at_least(SLOW_START_BURN_MS / 2)),
    Attack("constructor_work", JS, MEASUREMENT,
           PRELUDE + f"class Solution {{\n  constructor() {{ effxBurn({SLOW_START_BURN_MS // 3}); }}\n"
                     "  total(nums) { return nums.reduce((x, y) => x + y, 0); }\n}\n",
           Status.measurement_rejected, UNTIMED_CONSTRUCTOR),
    Attack("forged_result", JS, MEASUREMENT, _js(
        f"effxBurn({SLOW_START_BURN_MS});\nfs.writeFileSync('result.json', {json.dumps(FAKE_RESULT)});\n"
        "// the driver's main thread believes the worker's word: report success, then end the worker\n"
        "require('worker_threads').parentPort.postMessage({code: 0, message: ''});\nprocess.exit(0);"),
        Status.measurement_rejected, FORGED_RESULT),
]
