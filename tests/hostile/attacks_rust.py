"""The hostile corpus in Rust: `impl Solution { pub fn total(nums: Vec<i32>) -> i64 }`.

Rust needs no crate to reach libc: `extern "C"` declarations give it fork, kill, ptrace and the raw
syscall, and a `#[no_mangle]` function or an `.init_array` entry changes what the driver's binary does
before and around the calls.
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
    OWN_CLOCK,
    PROCESSES,
    READ,
    SH_DAEMON,
    STACK,
    UNTIMED_START,
    WRITE,
    Attack,
    cross_run_places,
)

R = "rust"

GOOD = ("impl Solution {\n    pub fn total(nums: Vec<i32>) -> i64 {\n        nums.iter().map(|&x| x as i64).sum()\n"
        "    }\n}\n")

PRELUDE = """use std::io::{Read, Write};
use std::os::unix::fs::MetadataExt;

extern "C" {
    fn fork() -> i32;
    fn kill(pid: i32, signal: i32) -> i32;
    fn getppid() -> i32;
    fn getuid() -> u32;
    fn geteuid() -> u32;
    fn ptrace(request: i64, pid: i32, addr: usize, data: usize) -> i64;
    fn waitpid(pid: i32, status: *mut i32, options: i32) -> i32;
    fn syscall(number: i64, ...) -> i64;
}

#[repr(C)]
pub struct EffxTimespec {
    sec: i64,
    nsec: i64,
}

/// The thread's CPU time through the raw syscall (clock_gettime is 228 on x86-64, CLOCK_THREAD_CPUTIME_ID 3),
/// past any clock_gettime a solution defines.
fn effx_cpu_ns() -> i64 {
    let mut now = EffxTimespec { sec: 0, nsec: 0 };
    unsafe { syscall(228, 3i64, &mut now as *mut EffxTimespec) };
    now.sec * 1_000_000_000 + now.nsec
}

fn effx_burn(ms: i64) {
    let end = effx_cpu_ns() + ms * 1_000_000;
    while effx_cpu_ns() < end {}
}

fn effx_sleep_ms(ms: u64) {
    std::thread::sleep(std::time::Duration::from_millis(ms));
}

fn effx_readable(path: &str) -> i64 {
    std::fs::File::open(path).and_then(|mut f| f.read(&mut [0u8; 1])).is_ok() as i64
}

fn effx_listable(path: &str) -> i64 {
    std::fs::read_dir(path).is_ok() as i64
}

fn effx_writable(path: &str) -> i64 {
    let regular = std::fs::metadata(path).map(|m| m.is_file()).unwrap_or(false);
    (regular && std::fs::OpenOptions::new().write(true).open(path).is_ok()) as i64
}

fn effx_text(path: &str) -> String {
    String::from_utf8_lossy(&std::fs::read(path).unwrap_or_default()).into_owned()
}

/// The sum of each case of cases.json ([[[1, 2, 3]], ...]): numbers at depth 3, a case ends at depth 2.
fn effx_case_sums() -> Vec<i64> {
    let (mut sums, mut depth, mut sum, mut number) = (Vec::new(), 0, 0i64, 0i64);
    let (mut digits, mut negative) = (false, false);
    for c in effx_text("cases.json").chars() {
        if c == '-' { negative = true; continue; }
        if let Some(d) = c.to_digit(10) { number = number * 10 + d as i64; digits = true; continue; }
        if digits { sum += if negative { -number } else { number }; }
        number = 0; digits = false; negative = false;
        if c == '[' { depth += 1; }
        if c == ']' { if depth == 2 { sums.push(sum); sum = 0; } depth -= 1; }
    }
    sums
}
"""


def _rust(body: str, top: str = "") -> str:
    """A Rust solution whose `total` runs `body` (which counts into `breaches`) and answers sum + breaches."""
    indented = "\n".join("        " + line for line in body.strip("\n").splitlines())
    return (f"{PRELUDE}{top}\nimpl Solution {{\n    pub fn total(nums: Vec<i32>) -> i64 {{\n"
            f"        let mut breaches: i64 = 0;\n{indented}\n"
            "        nums.iter().map(|&x| x as i64).sum::<i64>() + breaches\n    }\n}\n")


STILL_ALIVE = "\neffx_sleep_ms(200);\npanic!(\"still alive after the kill\");"

CROSS_RUN = f"""if nums.len() == 3 {{ // the run's first call
    let home = std::env::var("HOME").unwrap_or_else(|_| "/nonexistent".into());
    let places: Vec<String> = {json.dumps(cross_run_places("effx-left-@TOKEN@-rust", "$HOME")).replace("[", "vec![", 1)}
        .iter().map(|p: &&str| p.replace("$HOME", &home)).collect();
    for place in &places {{
        if std::path::Path::new(place).exists() {{ panic!("an earlier run left {{}}", place); }}
    }}
    for place in &places {{ let _ = std::fs::write(place, ""); }}
}}"""

ATTACKS = [
    Attack("fork_bomb", R, BOMBS, _rust("loop { unsafe { fork(); } }"), Status.timeout,
           "forks forever, ignoring failures: the process limit caps it, the clock ends it"),
    Attack("thread_bomb", R, BOMBS, _rust("loop { std::thread::spawn(|| effx_sleep_ms(60_000)); }"),
           Status.runtime_error, "starts threads until one is refused: thread::spawn panics"),
    Attack("memory_bomb", R, BOMBS,
           _rust("let mut hog: Vec<Vec<u8>> = Vec::new();\nloop { hog.push(vec![1u8; 1 << 24]); }"),
           Status.memory_limit, "allocates and fills 16 MB blocks without end"),
    Attack("stdout_bomb", R, OUTPUT, _rust(
        "let line = \"x\".repeat(65536);\nlet mut out = std::io::stdout();\n"
        "loop { out.write_all(line.as_bytes()).unwrap(); }"),
        Status.output_limit, "writes stdout without end"),
    Attack("stack_overflow", R, STACK, _rust(
        "breaches += down(1) as i64;",
        "fn down(n: u64) -> u64 {\n    let frame = [n as u8; 4096];\n"
        "    down(n + 1) + unsafe { std::ptr::read_volatile(&frame[(n % 4096) as usize]) } as u64\n}\n"),
        Status.runtime_error, "recurses without end, 4 KB a frame: the stack's guard page stops it, and Rust's "
                              "handler aborts (SIGABRT) before the frames pass the resident limit"),
    Attack("daemon", R, PROCESSES, _rust(
        f"if !nums.is_empty() {{ let _ = std::process::Command::new(\"sh\").args([\"-c\", {json.dumps(SH_DAEMON)}])"
        ".status(); }"),
        Status.ok, "starts a shell that double-forks a setsid daemon writing markers for 30 s"),
    Attack("kill_parent", R, PROCESSES, _rust("unsafe { kill(getppid(), 9); }" + STILL_ALIVE), Status.runtime_error,
           "SIGKILLs its parent (the launcher)"),
    Attack("kill_group", R, PROCESSES, _rust("unsafe { kill(0, 9); }"), Status.runtime_error,
           "SIGKILLs its own process group"),
    Attack("network", R, NETWORK, _rust(
        "let listener: std::net::SocketAddr = \"127.0.0.1:@PORT@\".parse().unwrap();\n"
        "let second = std::time::Duration::from_secs(1);\n"
        "breaches += std::net::TcpStream::connect_timeout(&listener, second).is_ok() as i64;\n"
        "if let Ok(udp) = std::net::UdpSocket::bind(\"0.0.0.0:0\") {\n"
        "    breaches += udp.send_to(b\"x\", \"1.1.1.1:53\").is_ok() as i64;\n}\n"
        "breaches += std::net::ToSocketAddrs::to_socket_addrs(&(\"example.com\", 80)).is_ok() as i64;\n"
        "breaches += std::os::unix::net::UnixStream::connect(\"/var/run/docker.sock\").is_ok() as i64;"),
        Status.ok, "connects to the host's loopback listener, sends UDP out, resolves a name and connects to the "
                   "docker socket: no network, no socket"),
    Attack("read_secrets", R, READ, _rust(
        "breaches += effx_readable(\"/etc/shadow\") + effx_readable(\"@EXPECTED@\");\n"
        "breaches += effx_listable(\"@CACHE@\") + effx_listable(\"@HOME_CACHE@\") + effx_listable(\"@BUILD@\");\n"
        "if let Ok(entries) = std::fs::read_dir(\"/root\") {\n"
        "    breaches += entries.flatten().filter(|e| e.file_name() != \".bashrc\" && e.file_name() != \".profile\")"
        ".count() as i64;\n}\n"
        "let own = std::env::current_dir().unwrap_or_default();\n"
        "if let Ok(entries) = std::fs::read_dir(\"@WORK_ROOT@\") {\n"
        "    breaches += entries.flatten().filter(|e| e.path().is_dir() && Some(e.file_name().as_os_str()) != "
        "own.file_name()).count() as i64;\n}"),
        Status.ok, "reads /etc/shadow and the expected outputs; lists /root, the effx cache, the compile cache and "
                   "other runs' work directories"),
    Attack("identity", R, ENVIRONMENT, _rust(
        "let uid = unsafe { getuid() };\n"
        "breaches += (uid != unsafe { geteuid() } || uid < @UID_LOW@ || uid > @UID_HIGH@) as i64;\n"
        "breaches += !effx_text(\"/proc/self/status\").contains(\"CapEff:\\t0000000000000000\") as i64;\n"
        "breaches += std::env::var_os(\"@SECRET_NAME@\").is_some() as i64;\n"
        "let parent = unsafe { getppid() };\n"
        "breaches += effx_text(&format!(\"/proc/{parent}/environ\")).contains(\"@SECRET_NAME@\") as i64;"),
        Status.ok, "runs as one of the backend's program uids with no capabilities; neither its environment nor "
                   "its parent's holds effx's secret"),
    Attack("poison_cache", R, WRITE, _rust(
        "for entry in std::fs::read_dir(\".\").unwrap().flatten() { // hard links into the compile cache\n"
        "    if entry.metadata().map(|m| m.nlink() > 1).unwrap_or(false) {\n"
        "        breaches += effx_writable(&entry.path().to_string_lossy());\n    }\n}\n"
        "breaches += effx_writable(\"@LAUNCHER@\") + effx_writable(\"@INSIDE_LAUNCHER@\");\n"
        "breaches += std::fs::create_dir(\"@BUILD@/poison\").is_ok() as i64;"),
        Status.ok, "opens its own binary (a hard link into the compile cache) and the launcher for writing, and "
                   "writes into the compile cache"),
    Attack("ptrace_parent", R, LAUNCHER, _rust(
        "let parent = unsafe { getppid() };\n"
        "if unsafe { ptrace(16, parent, 0, 0) } == 0 { // PTRACE_ATTACH\n    breaches += 1;\n"
        "    let mut status = 0;\n"
        "    unsafe { waitpid(parent, &mut status, 0x40000000); ptrace(17, parent, 0, 0); } // __WALL, DETACH\n}"),
        Status.ok, "attaches to the launcher with ptrace"),
    Attack("parent_memory", R, LAUNCHER, _rust(
        "let parent = unsafe { getppid() };\n"
        "breaches += std::fs::OpenOptions::new().read(true).write(true)"
        ".open(format!(\"/proc/{parent}/mem\")).is_ok() as i64;"),
        Status.ok, "opens the launcher's memory for writing"),
    Attack("cache_across_runs", R, ACROSS_RUNS, _rust(CROSS_RUN), Status.ok,
           "leaves a file in every writable place and fails when a later run finds one: every run must start clean"),
    Attack("clock_symbol", R, MEASUREMENT, _rust(
        f"if nums.len() == 3 {{ effx_burn({BURN_MS}); }}",
        "#[no_mangle]\npub extern \"C\" fn clock_gettime(_clock: i32, now: *mut EffxTimespec) -> i32 {\n"
        "    unsafe { (*now).sec = 0; (*now).nsec = 0; }\n    0\n}\n"),
        Status.measurement_rejected, OWN_CLOCK.replace("@WHERE@", "std::time::Instant calls it")),
    Attack("static_init_precompute", R, MEASUREMENT, _rust(
        "if true { unsafe { NEXT += 1; return ANSWERS[NEXT - 1]; } }",
        "static mut ANSWERS: Vec<i64> = Vec::new();\nstatic mut NEXT: usize = 0;\n\n"
        "#[used]\n#[link_section = \".init_array\"]\nstatic EFFX_EARLY: extern \"C\" fn() = effx_early;\n\n"
        "extern \"C\" fn effx_early() {\n    unsafe { ANSWERS = effx_case_sums(); }\n"
        f"    effx_burn({BURN_MS});\n}}\n"),
        Status.measurement_rejected, UNTIMED_START.replace("@WHERE@", "an .init_array entry, before main")),
    Attack("forged_result", R, MEASUREMENT, _rust(
        f"effx_burn({BURN_MS});\nstd::fs::write(\"result.json\", {json.dumps(FAKE_RESULT)}).unwrap();\n"
        "std::process::exit(0);"),
        Status.measurement_rejected, FORGED_RESULT),
]
