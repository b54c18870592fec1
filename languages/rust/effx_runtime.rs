//! effx's Rust driver runtime: everything a function-task driver needs that does not depend on the task.
//!
//! Every Rust function-task program is `main.rs` (rendered from driver.rs.j2: the LeetCode types, the
//! solution and a loop over the cases) linked against this crate. It is the same for every program, so
//! the plugin compiles it once per compiler into an rlib (a shared build) instead of once per program;
//! without that rlib the program's compile script builds it from this file first, with the same flags.
//!
//! What lives here: a minimal JSON parser and writer, the `FromJson`/`ToJson` conversions (picked by
//! type inference from the solution's own signature), reading `cases.json`, collecting outputs and
//! times, the big-stack solution thread and writing `result.json`, and the repeat mode (`EFFX_REPEAT`),
//! which runs every pass over the cases in a fork of the solution thread.
//!
//! `ListNode` and `TreeNode` are defined by `main.rs`, not here: a type from another crate could not get
//! `impl Ord for ListNode` or `impl ListNode { .. }` from a solution (Rust's orphan rules), and LeetCode
//! solutions write both. The list and tree conversions are therefore generic over the small
//! `LinkedListNode` / `BinaryTreeNode` traits, which `main.rs` implements for its two types.
//!
//! Exit codes: 0 ok; 1 the solution panicked (or returned a cyclic tree); 2 `cases.json` does not match
//! the signature (not the solution's fault); 124 (repeat mode) a pass exceeded `EFFX_PASS_TIMEOUT_MS`.
use std::cell::RefCell;
use std::collections::{HashSet, VecDeque};
use std::rc::Rc;

/// Driver exit code: the solution panicked (or returned a cyclic tree).
pub const EXIT_RUNTIME_ERROR: i32 = 1;
/// Driver exit code: `cases.json` is missing or does not match the signature.
pub const EXIT_DRIVER_ERROR: i32 = 2;

/// Ends the program with `code` and `message` on stderr (flushing stdout first: the solution may print).
pub fn fail(code: i32, message: &str) -> ! {
    use std::io::Write;
    eprintln!("{}", message);
    let _ = std::io::stdout().flush();
    std::process::exit(code)
}

// ---- a minimal JSON value and parser ----------------------------------------------------------------

/// A parsed JSON value; numbers keep their text, so each target type parses it at its own width.
pub enum Json {
    Null,
    Bool(bool),
    Num(String),
    Str(String),
    Arr(Vec<Json>),
}

/// Parses the subset of JSON `cases.json` uses (no objects); any error is a driver error (exit 2).
pub struct Parser<'a> {
    pub s: &'a [u8],
    pub i: usize,
}

impl<'a> Parser<'a> {
    fn error(&self, what: &str) -> ! {
        fail(EXIT_DRIVER_ERROR, &format!("effx: driver error: cases.json: {} at byte {}", what, self.i))
    }
    fn skip(&mut self) {
        while self.i < self.s.len() && matches!(self.s[self.i], b' ' | b'\n' | b'\r' | b'\t') {
            self.i += 1;
        }
    }
    fn literal(&mut self, word: &str) -> bool {
        if self.s[self.i..].starts_with(word.as_bytes()) {
            self.i += word.len();
            true
        } else {
            false
        }
    }
    fn hex4(&mut self) -> u32 {
        if self.i + 4 > self.s.len() {
            self.error("truncated \\u escape");
        }
        let text = std::str::from_utf8(&self.s[self.i..self.i + 4]).unwrap_or("x");
        self.i += 4;
        u32::from_str_radix(text, 16).unwrap_or_else(|_| self.error("bad \\u escape"))
    }
    fn string_body(&mut self) -> String {
        let mut out: Vec<u8> = Vec::new();
        self.i += 1; // opening quote
        loop {
            if self.i >= self.s.len() {
                self.error("unterminated string");
            }
            let c = self.s[self.i];
            self.i += 1;
            if c == b'"' {
                break;
            }
            if c != b'\\' {
                out.push(c);
                continue;
            }
            if self.i >= self.s.len() {
                self.error("unterminated escape");
            }
            let e = self.s[self.i];
            self.i += 1;
            let simple = match e {
                b'"' => Some(b'"'),
                b'\\' => Some(b'\\'),
                b'/' => Some(b'/'),
                b'b' => Some(8),
                b'f' => Some(12),
                b'n' => Some(b'\n'),
                b'r' => Some(b'\r'),
                b't' => Some(b'\t'),
                b'u' => None,
                _ => self.error("bad escape"),
            };
            if let Some(byte) = simple {
                out.push(byte);
                continue;
            }
            let mut cp = self.hex4();
            if (0xD800..0xDC00).contains(&cp) && self.s[self.i..].starts_with(b"\\u") {
                let back = self.i;
                self.i += 2;
                let low = self.hex4();
                if (0xDC00..0xE000).contains(&low) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                } else {
                    self.i = back;
                }
            }
            let ch = char::from_u32(cp).unwrap_or('\u{FFFD}');
            let mut buf = [0u8; 4];
            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
        }
        String::from_utf8(out).unwrap_or_else(|_| self.error("invalid UTF-8 in a string"))
    }
    pub fn value(&mut self) -> Json {
        self.skip();
        if self.i >= self.s.len() {
            self.error("unexpected end");
        }
        match self.s[self.i] {
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                self.skip();
                if self.i < self.s.len() && self.s[self.i] == b']' {
                    self.i += 1;
                    return Json::Arr(items);
                }
                loop {
                    items.push(self.value());
                    self.skip();
                    if self.i < self.s.len() && self.s[self.i] == b',' {
                        self.i += 1;
                    } else if self.i < self.s.len() && self.s[self.i] == b']' {
                        self.i += 1;
                        return Json::Arr(items);
                    } else {
                        self.error("expected , or ] in array");
                    }
                }
            }
            b'"' => Json::Str(self.string_body()),
            _ => {
                if self.literal("true") {
                    return Json::Bool(true);
                }
                if self.literal("false") {
                    return Json::Bool(false);
                }
                if self.literal("null") {
                    return Json::Null;
                }
                for special in ["NaN", "Infinity", "-Infinity"] {
                    if self.literal(special) {
                        return Json::Num(special.to_string());
                    }
                }
                let start = self.i;
                while self.i < self.s.len() && matches!(self.s[self.i], b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E') {
                    self.i += 1;
                }
                if start == self.i {
                    self.error("unexpected character (objects are not part of the protocol)");
                }
                Json::Num(String::from_utf8_lossy(&self.s[start..self.i]).into_owned())
            }
        }
    }
}

// ---- the program's LeetCode types, as far as the conversions need them -------------------------------

/// LeetCode's `ListNode` (`val: i32`, `next: Option<Box<ListNode>>`), implemented by `main.rs`.
pub trait LinkedListNode: Sized {
    fn with_val(val: i32) -> Self;
    fn val(&self) -> i32;
    fn next(&self) -> Option<&Self>;
    fn set_next(&mut self, next: Option<Box<Self>>);
}

/// LeetCode's `TreeNode` (`val: i32`, `left`/`right: Option<Rc<RefCell<TreeNode>>>`), implemented by
/// `main.rs`.
pub trait BinaryTreeNode: Sized {
    fn with_val(val: i32) -> Self;
    fn val(&self) -> i32;
    fn children(&self) -> (Option<Rc<RefCell<Self>>>, Option<Rc<RefCell<Self>>>);
    fn set_children(&mut self, left: Option<Rc<RefCell<Self>>>, right: Option<Rc<RefCell<Self>>>);
}

// ---- JSON -> native, picked by type inference from the solution's signature -------------------------

fn mismatch(want: &str) -> ! {
    fail(EXIT_DRIVER_ERROR, &format!("effx: driver error: a case argument is not {}", want))
}

/// JSON -> native value; the impl is chosen by the type the solution's parameter declares.
pub trait FromJson: Sized {
    fn from_json(v: &Json) -> Self;
}

fn integer(v: &Json, want: &str) -> i128 {
    match v {
        Json::Bool(b) => *b as i128,
        Json::Num(t) => t.parse::<i128>().unwrap_or_else(|_| t.parse::<f64>().map(|f| f as i128).unwrap_or_else(|_| mismatch(want))),
        _ => mismatch(want),
    }
}

macro_rules! from_integer {
    ($($t:ty),*) => {$(
        impl FromJson for $t {
            fn from_json(v: &Json) -> Self { integer(v, stringify!($t)) as $t }
        }
    )*};
}
from_integer!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);

impl FromJson for f64 {
    fn from_json(v: &Json) -> Self {
        match v {
            Json::Num(t) => match t.as_str() {
                "NaN" => f64::NAN,
                "Infinity" => f64::INFINITY,
                "-Infinity" => f64::NEG_INFINITY,
                _ => t.parse().unwrap_or_else(|_| mismatch("a float")),
            },
            _ => mismatch("a float"),
        }
    }
}
impl FromJson for f32 {
    fn from_json(v: &Json) -> Self {
        f64::from_json(v) as f32
    }
}
impl FromJson for bool {
    fn from_json(v: &Json) -> Self {
        match v {
            Json::Bool(b) => *b,
            Json::Num(t) => t.parse::<f64>().map(|f| f != 0.0).unwrap_or(false),
            _ => mismatch("a bool"),
        }
    }
}
impl FromJson for String {
    fn from_json(v: &Json) -> Self {
        match v {
            Json::Str(s) => s.clone(),
            _ => mismatch("a str"),
        }
    }
}
impl FromJson for char {
    fn from_json(v: &Json) -> Self {
        match v {
            Json::Str(s) if s.chars().count() == 1 => s.chars().next().unwrap(),
            _ => mismatch("a one-character str (Rust char)"),
        }
    }
}
impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(v: &Json) -> Self {
        match v {
            Json::Null => Vec::new(),
            Json::Arr(items) => items.iter().map(T::from_json).collect(),
            // LeetCode passes a `Vec<char>` parameter as a string in some problems
            Json::Str(s) => s.chars().map(|c| T::from_json(&Json::Str(c.to_string()))).collect(),
            _ => mismatch("a list"),
        }
    }
}
impl<N: LinkedListNode> FromJson for Option<Box<N>> {
    fn from_json(v: &Json) -> Self {
        let items = match v {
            Json::Null => return None,
            Json::Arr(items) => items,
            _ => mismatch("a ListNode array"),
        };
        let mut head: Option<Box<N>> = None;
        for item in items.iter().rev() {
            let mut node = Box::new(N::with_val(i32::from_json(item)));
            node.set_next(head);
            head = Some(node);
        }
        head
    }
}
impl<N: BinaryTreeNode> FromJson for Option<Rc<RefCell<N>>> {
    fn from_json(v: &Json) -> Self {
        let items = match v {
            Json::Null => return None,
            Json::Arr(items) => items,
            _ => mismatch("a TreeNode level-order array"),
        };
        let node = |item: &Json| match item {
            Json::Null => None,
            _ => Some(Rc::new(RefCell::new(N::with_val(i32::from_json(item))))),
        };
        let root = node(items.first()?)?;
        let mut queue = VecDeque::from([root.clone()]);
        let mut k = 1;
        while k < items.len() {
            let parent = match queue.pop_front() {
                Some(parent) => parent,
                None => break,
            };
            let left = node(&items[k]);
            let right = items.get(k + 1).and_then(node);
            k += 2;
            queue.extend(left.iter().cloned());
            queue.extend(right.iter().cloned());
            parent.borrow_mut().set_children(left, right);
        }
        Some(root)
    }
}

// ---- native -> JSON -----------------------------------------------------------------------------------

/// Native value -> JSON text appended to `out` (also usable by solutions, e.g. to echo arguments).
pub trait ToJson {
    fn to_json(&self, out: &mut String);
}

macro_rules! to_integer {
    ($($t:ty),*) => {$(
        impl ToJson for $t {
            fn to_json(&self, out: &mut String) { out.push_str(&self.to_string()); }
        }
    )*};
}
to_integer!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);

impl ToJson for f64 {
    fn to_json(&self, out: &mut String) {
        if self.is_nan() {
            out.push_str("NaN");
        } else if self.is_infinite() {
            out.push_str(if *self > 0.0 { "Infinity" } else { "-Infinity" });
        } else {
            out.push_str(&format!("{:?}", self)); // shortest round-trip form, always with . or e
        }
    }
}
impl ToJson for f32 {
    fn to_json(&self, out: &mut String) {
        (*self as f64).to_json(out)
    }
}
impl ToJson for bool {
    fn to_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}
impl ToJson for () {
    fn to_json(&self, out: &mut String) {
        out.push_str("null");
    }
}
impl ToJson for str {
    fn to_json(&self, out: &mut String) {
        out.push('"');
        for c in self.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => out.push(c),
            }
        }
        out.push('"');
    }
}
impl ToJson for String {
    fn to_json(&self, out: &mut String) {
        self.as_str().to_json(out)
    }
}
impl ToJson for &str {
    fn to_json(&self, out: &mut String) {
        (*self).to_json(out)
    }
}
impl ToJson for char {
    fn to_json(&self, out: &mut String) {
        self.to_string().to_json(out)
    }
}
impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self, out: &mut String) {
        out.push('[');
        for (k, item) in self.iter().enumerate() {
            if k > 0 {
                out.push(',');
            }
            item.to_json(out);
        }
        out.push(']');
    }
}
impl<N: LinkedListNode> ToJson for Option<Box<N>> {
    fn to_json(&self, out: &mut String) {
        out.push('[');
        let mut node = self.as_deref();
        let mut first = true;
        while let Some(n) = node {
            if !first {
                out.push(',');
            }
            first = false;
            n.val().to_json(out);
            node = n.next();
        }
        out.push(']');
    }
}
impl<N: BinaryTreeNode> ToJson for Option<Rc<RefCell<N>>> {
    fn to_json(&self, out: &mut String) {
        let mut values: Vec<String> = Vec::new();
        let mut queue = VecDeque::from([self.clone()]);
        let mut seen = HashSet::new();
        while let Some(item) = queue.pop_front() {
            match item {
                None => values.push("null".to_string()),
                Some(node) => {
                    if !seen.insert(Rc::as_ptr(&node)) {
                        fail(EXIT_RUNTIME_ERROR, "effx: runtime error: the returned tree has a cycle or a shared node");
                    }
                    let node = node.borrow();
                    values.push(node.val().to_string());
                    let (left, right) = node.children();
                    queue.push_back(left);
                    queue.push_back(right);
                }
            }
        }
        while values.last().map(|v| v == "null").unwrap_or(false) {
            values.pop();
        }
        out.push('[');
        out.push_str(&values.join(","));
        out.push(']');
    }
}

// ---- timing -------------------------------------------------------------------------------------------

/// Keeps the optimiser from moving work across the clock readings (no `black_box` in Rust 1.63).
#[inline(always)]
pub fn escape<T>(value: &T) {
    unsafe { std::arch::asm!("/* {0} */", in(reg) value as *const T, options(nostack, preserves_flags)) }
}

/// `struct timespec` of Linux on 64-bit targets, for `clock_gettime` without the libc crate.
#[repr(C)]
struct Timespec {
    sec: i64,
    nsec: i64,
}

extern "C" {
    fn clock_gettime(clock: i32, now: *mut Timespec) -> i32;
}

/// CPU time of the calling thread in nanoseconds (CLOCK_THREAD_CPUTIME_ID = 3; the process clock is only
/// tick-precise while RLIMIT_CPU is set). Inlined into the driver's loop, next to the solution call.
#[inline]
pub fn thread_cpu_ns() -> i64 {
    let mut now = Timespec { sec: 0, nsec: 0 };
    unsafe { clock_gettime(3, &mut now) };
    now.sec * 1_000_000_000 + now.nsec
}

// ---- cases in, results out ----------------------------------------------------------------------------

/// The cases in `cases.json`: one JSON list of arguments per case (checked by `case_args`).
pub fn read_cases() -> Vec<Json> {
    let text = std::fs::read("cases.json")
        .unwrap_or_else(|e| fail(EXIT_DRIVER_ERROR, &format!("effx: driver error: cannot read cases.json: {}", e)));
    match (Parser { s: &text, i: 0 }).value() {
        Json::Arr(cases) => cases,
        _ => fail(EXIT_DRIVER_ERROR, "effx: driver error: cases.json must hold a JSON list of argument lists"),
    }
}

/// The arguments of case `index`, which must be a list of exactly `arity` values.
pub fn case_args(case: &Json, index: usize, arity: usize) -> &[Json] {
    match case {
        Json::Arr(args) if args.len() == arity => args,
        _ => fail(EXIT_DRIVER_ERROR, &format!("effx: driver error: case {} is not a list of {} arguments", index, arity)),
    }
}

/// A design case, `io` = [operation names, argument lists]: each operation's index in `names` (0 for the
/// constructor, `names[0]`, which must come first and only there), its argument list checked against
/// `arities`; exits with a driver error when the case does not fit.
pub fn design_operations(io: &[Json], index: usize, names: &[&str], arities: &[usize]) -> Vec<usize> {
    let bad = || -> ! {
        fail(EXIT_DRIVER_ERROR, &format!("effx: driver error: case {} is not [operations, argument lists] of the same \
              non-zero length, the constructor first and only there, each with its number of arguments", index))
    };
    let (ops, args) = match (&io[0], &io[1]) {
        (Json::Arr(ops), Json::Arr(args)) if ops.len() == args.len() && !ops.is_empty() => (ops, args),
        _ => bad(),
    };
    let mut kinds = Vec::with_capacity(ops.len());
    for (k, (op, a)) in ops.iter().zip(args.iter()).enumerate() {
        let found = match op {
            Json::Str(name) => names.iter().position(|known| known == name),
            _ => None,
        };
        match (found, a) {
            (Some(m), Json::Arr(items)) if (m == 0) == (k == 0) && items.len() == arities[m] => kinds.push(m),
            _ => bad(),
        }
    }
    kinds
}

/// The argument list of one operation of a design case (checked by `design_operations`).
pub fn design_args(op: &Json) -> &[Json] {
    match op {
        Json::Arr(items) => items,
        _ => fail(EXIT_DRIVER_ERROR, "effx: driver error: an operation's arguments are not a list"),
    }
}

/// A value written as JSON by a closure: a design case's results, converted only when a pass reports them.
pub struct JsonWith<F: Fn(&mut String)>(pub F);

impl<F: Fn(&mut String)> ToJson for JsonWith<F> {
    fn to_json(&self, out: &mut String) {
        (self.0)(out)
    }
}

/// Whether `EFFX_SKIP_CALLS=1` asks for a run that does everything but call the solution (instruction
/// counting subtracts that run from a full one).
pub fn skip_calls() -> bool {
    std::env::var_os("EFFX_SKIP_CALLS").map(|v| v == "1").unwrap_or(false)
}

/// The outputs and per-case times of one run, written as the text of `result.json`.
pub struct Results {
    outputs: String,
    times: String,
    cpu_times: String,
    cases: usize,
    /// Instruction counting (EFFX_SKIP_CALLS set at all): times are written as 0, since their varying
    /// digits would vary the count.
    counting: bool,
}

impl Results {
    /// Empty results; reads `EFFX_SKIP_CALLS` once.
    pub fn new() -> Self {
        let counting = std::env::var_os("EFFX_SKIP_CALLS").is_some();
        Results { outputs: String::new(), times: String::new(), cpu_times: String::new(), cases: 0, counting }
    }

    /// Adds one case's return value (converted to JSON now, after the clocks stopped) and its times.
    pub fn record(&mut self, value: &dyn ToJson, elapsed: std::time::Duration, cpu_ns: i64) {
        if self.cases > 0 {
            self.outputs.push(',');
            self.times.push(',');
            self.cpu_times.push(',');
        }
        self.cases += 1;
        value.to_json(&mut self.outputs);
        self.times.push_str(&if self.counting { 0 } else { elapsed.as_nanos() }.to_string());
        self.cpu_times.push_str(&if self.counting { 0 } else { cpu_ns }.to_string());
    }

    /// The text of `result.json`.
    pub fn into_json(self) -> String {
        format!("{{\"outputs\":[{}],\"times_ns\":[{}],\"cpu_times_ns\":[{}]}}", self.outputs, self.times, self.cpu_times)
    }
}

/// Where the driver's case loop puts each call's return value and times: `Results` in one-pass mode, a
/// `Pass` in repeat mode.
pub trait Record {
    /// Adds one case's return value (converted to JSON now, after the clocks stopped) and its times.
    fn record(&mut self, value: &dyn ToJson, elapsed: std::time::Duration, cpu_ns: i64);
}

impl Record for Results {
    fn record(&mut self, value: &dyn ToJson, elapsed: std::time::Duration, cpu_ns: i64) {
        Results::record(self, value, elapsed, cpu_ns)
    }
}

/// Runs the driver's case loop on a thread with a 256 MB stack (deep recursion behaves as on judges with
/// a large stack) and writes what it returns to `result.json`.
pub fn run_driver(run_all: fn() -> String) {
    let worker = std::thread::Builder::new().name("solution".into()).stack_size(256 << 20).spawn(run_all);
    let result = match worker {
        Ok(handle) => match handle.join() {
            Ok(result) => result,
            Err(_) => fail(EXIT_RUNTIME_ERROR, "effx: runtime error: the solution panicked (message above)"),
        },
        Err(_) => run_all(), // no room for a big stack: run on the main thread
    };
    std::fs::write("result.json", result)
        .unwrap_or_else(|e| fail(EXIT_DRIVER_ERROR, &format!("effx: driver error: cannot write result.json: {}", e)));
}

// ---- repeat mode: a warm-up pass and R repetitions of K passes, each pass in a fork ---------------------
//
// With `EFFX_REPEAT=R` the cases are parsed once; then every pass (all cases once, as the one-pass loop
// does it) runs in a fresh fork() child of the solution thread, so nothing a pass computes (a `static`
// cache, say) reaches the next. The child sends its per-case times (and, for the warm-up, its outputs)
// over a pipe and ends with _exit. result.json then also holds "inner": K and "reps"/"cpu_reps": per
// repetition, the per-case times summed over its K passes; outputs and times_ns are the warm-up's. A
// child that fails ends the driver the way the child ended (same exit code, same signal); a pass longer
// than `EFFX_PASS_TIMEOUT_MS` is killed and the driver exits with `EXIT_TIMEOUT`.

/// Most passes per repetition that calibration picks.
pub const MAX_INNER: u64 = 256;
/// Driver exit code: a pass ran longer than `EFFX_PASS_TIMEOUT_MS`.
pub const EXIT_TIMEOUT: i32 = 124;

/// `struct pollfd` of Linux.
#[repr(C)]
struct PollFd {
    fd: i32,
    events: i16,
    revents: i16,
}

const POLLIN: i16 = 1;
const WNOHANG: i32 = 1;
const SIGKILL: i32 = 9;
const SIG_DFL: usize = 0;
const EINTR: i32 = 4;

extern "C" {
    fn fork() -> i32;
    fn pipe(fds: *mut i32) -> i32;
    fn read(fd: i32, buf: *mut u8, count: usize) -> isize;
    fn write(fd: i32, buf: *const u8, count: usize) -> isize;
    fn close(fd: i32) -> i32;
    fn poll(fds: *mut PollFd, nfds: u64, timeout: i32) -> i32;
    fn waitpid(pid: i32, status: *mut i32, options: i32) -> i32;
    fn kill(pid: i32, sig: i32) -> i32;
    fn raise(sig: i32) -> i32;
    fn signal(sig: i32, handler: usize) -> usize;
    fn _exit(code: i32) -> !;
}

fn interrupted() -> bool {
    std::io::Error::last_os_error().raw_os_error() == Some(EINTR)
}

fn os_failure(what: &str) -> ! {
    fail(EXIT_DRIVER_ERROR, &format!("effx: driver error: {}: {}", what, std::io::Error::last_os_error()))
}

/// The repeat mode's settings, read from the environment when `main` starts.
#[derive(Clone, Copy)]
pub struct Repeat {
    /// `EFFX_REPEAT`: measured repetitions after the warm-up.
    pub repetitions: u64,
    /// `EFFX_INNER`: passes per repetition; `None`: calibrate.
    pub inner: Option<u64>,
    /// `EFFX_MIN_REP_NS`: calibration floor (0: one pass per repetition).
    pub min_rep_ns: u64,
    /// `EFFX_PASS_TIMEOUT_MS`: wall-clock limit of one pass (0: none).
    pub pass_timeout_ms: u64,
    /// `EFFX_SKIP_CALLS=1`: everything but the calls.
    pub skip: bool,
    /// `EFFX_SKIP_CALLS` set at all: times are written as 0.
    pub counting: bool,
}

fn env_number(name: &str) -> Option<u64> {
    let value = std::env::var_os(name)?;
    let text = value.to_string_lossy();
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    match text.parse::<u64>() {
        Ok(n) => Some(n),
        Err(_) => fail(EXIT_DRIVER_ERROR, &format!("effx: driver error: {} is not a non-negative integer: {:?}", name, text)),
    }
}

/// The repeat mode's settings when `EFFX_REPEAT` asks for it; `None`: the one-pass protocol.
pub fn repeat_mode() -> Option<Repeat> {
    let repetitions = env_number("EFFX_REPEAT")?;
    let inner = env_number("EFFX_INNER");
    if repetitions < 1 || inner == Some(0) {
        fail(EXIT_DRIVER_ERROR, "effx: driver error: EFFX_REPEAT and EFFX_INNER must be at least 1");
    }
    Some(Repeat {
        repetitions,
        inner,
        min_rep_ns: env_number("EFFX_MIN_REP_NS").unwrap_or(0),
        pass_timeout_ms: env_number("EFFX_PASS_TIMEOUT_MS").unwrap_or(0),
        skip: skip_calls(),
        counting: std::env::var_os("EFFX_SKIP_CALLS").is_some(),
    })
}

/// What one pass measured: per-case wall and thread-CPU ns and (warm-up only) the outputs' JSON text.
pub struct Pass {
    outputs: String,
    times: Vec<u64>,
    cpu_times: Vec<u64>,
    want_outputs: bool,
    counting: bool,
}

impl Record for Pass {
    fn record(&mut self, value: &dyn ToJson, elapsed: std::time::Duration, cpu_ns: i64) {
        if self.want_outputs {
            if !self.times.is_empty() {
                self.outputs.push(',');
            }
            value.to_json(&mut self.outputs);
        }
        self.times.push(if self.counting { 0 } else { elapsed.as_nanos() as u64 });
        self.cpu_times.push(if self.counting { 0 } else { cpu_ns.max(0) as u64 });
    }
}

fn join_numbers(values: &[u64]) -> String {
    values.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(",")
}

fn parse_numbers(line: &str) -> Option<Vec<u64>> {
    if line.is_empty() {
        return Some(Vec::new());
    }
    line.split(',').map(|v| v.parse().ok()).collect()
}

impl Pass {
    /// What the child sends: wall times, CPU times and outputs on three lines (JSON text has no raw
    /// newline), then `end`, which tells a complete message from a cut one.
    fn encode(&self) -> String {
        format!("{}\n{}\n{}\nend\n", join_numbers(&self.times), join_numbers(&self.cpu_times), self.outputs)
    }

    fn decode(data: &[u8]) -> Option<Pass> {
        let text = std::str::from_utf8(data).ok()?.strip_suffix("\nend\n")?;
        let mut lines = text.splitn(3, '\n');
        let times = parse_numbers(lines.next()?)?;
        let cpu_times = parse_numbers(lines.next()?)?;
        let outputs = lines.next()?.to_string();
        if cpu_times.len() != times.len() {
            return None;
        }
        Some(Pass { outputs, times, cpu_times, want_outputs: true, counting: false })
    }
}

fn write_all(fd: i32, mut bytes: &[u8]) -> bool {
    while !bytes.is_empty() {
        let n = unsafe { write(fd, bytes.as_ptr(), bytes.len()) };
        if n < 0 {
            if interrupted() {
                continue;
            }
            return false;
        }
        bytes = &bytes[n as usize..];
    }
    true
}

/// Kills a child over the pass time limit and ends the driver with `EXIT_TIMEOUT`.
fn time_limit_exceeded(pid: i32) -> ! {
    let mut status = 0;
    unsafe {
        kill(pid, SIGKILL);
        while waitpid(pid, &mut status, 0) < 0 && interrupted() {}
    }
    fail(EXIT_TIMEOUT, "effx: time limit exceeded")
}

/// Milliseconds left until `deadline` for poll() (rounded up); the driver ends when none are left.
fn poll_timeout(pid: i32, deadline: Option<std::time::Instant>) -> i32 {
    match deadline {
        None => -1,
        Some(deadline) => {
            let now = std::time::Instant::now();
            if now >= deadline {
                time_limit_exceeded(pid);
            }
            let left = deadline - now;
            let ms = (left.as_nanos() + 999_999) / 1_000_000;
            ms.min(i32::MAX as u128) as i32
        }
    }
}

/// Runs one pass in a fork of this thread and returns what the child measured. A child that failed ends
/// this process the same way; one over the pass time limit is killed.
fn forked_pass(run: &dyn Fn(&mut Pass), want_outputs: bool, repeat: &Repeat) -> Pass {
    use std::io::Write;
    let _ = std::io::stdout().flush();
    let mut fds = [0i32; 2];
    if unsafe { pipe(fds.as_mut_ptr()) } != 0 {
        os_failure("pipe");
    }
    let deadline = if repeat.pass_timeout_ms > 0 {
        Some(std::time::Instant::now() + std::time::Duration::from_millis(repeat.pass_timeout_ms))
    } else {
        None
    };
    let pid = unsafe { fork() };
    if pid < 0 {
        os_failure("fork");
    }
    if pid == 0 {
        // The child: this thread only. Ends with _exit, running no destructor or exit handler.
        unsafe { close(fds[0]) };
        let mut pass = Pass { outputs: String::new(), times: Vec::new(), cpu_times: Vec::new(), want_outputs, counting: repeat.counting };
        let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(&mut pass)));
        let code = match ran {
            Ok(()) => {
                if write_all(fds[1], pass.encode().as_bytes()) {
                    0
                } else {
                    eprintln!("effx: driver error: cannot send a pass's results: {}", std::io::Error::last_os_error());
                    EXIT_DRIVER_ERROR
                }
            }
            Err(payload) => {
                std::mem::forget(payload);
                eprintln!("effx: runtime error: the solution panicked (message above)");
                EXIT_RUNTIME_ERROR
            }
        };
        let _ = std::io::stdout().flush();
        unsafe { _exit(code) }
    }
    unsafe { close(fds[1]) };
    let mut data: Vec<u8> = Vec::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let mut ready = PollFd { fd: fds[0], events: POLLIN, revents: 0 };
        let n = unsafe { poll(&mut ready, 1, poll_timeout(pid, deadline)) };
        if n < 0 {
            if interrupted() {
                continue;
            }
            os_failure("poll");
        }
        if n == 0 {
            continue; // poll_timeout ends the driver once the deadline has passed
        }
        let got = unsafe { read(fds[0], buf.as_mut_ptr(), buf.len()) };
        if got < 0 {
            if interrupted() {
                continue;
            }
            os_failure("read");
        }
        if got == 0 {
            break;
        }
        data.extend_from_slice(&buf[..got as usize]);
    }
    unsafe { close(fds[0]) };
    let mut status = 0;
    loop {
        let done = unsafe { waitpid(pid, &mut status, if deadline.is_some() { WNOHANG } else { 0 }) };
        if done == pid {
            break;
        }
        if done < 0 {
            if interrupted() {
                continue;
            }
            os_failure("waitpid");
        }
        poll_timeout(pid, deadline);
        std::thread::sleep(std::time::Duration::from_micros(20)); // the child closed its pipe: it is exiting
    }
    let sig = status & 0x7f;
    if sig != 0 {
        // Killed by a signal: die of the same one, as one-pass mode would have. raise() signals this
        // thread, which takes it before going on (kill(getpid()) could let another thread take it while
        // this one exits with the code below).
        let _ = std::io::stdout().flush();
        unsafe {
            signal(sig, SIG_DFL);
            raise(sig);
        }
        fail(EXIT_RUNTIME_ERROR, &format!("effx: runtime error: a pass ended by signal {}", sig));
    }
    let code = (status >> 8) & 0xff;
    if code != 0 {
        let _ = std::io::stdout().flush();
        std::process::exit(code); // the child wrote its message on stderr
    }
    Pass::decode(&data).unwrap_or_else(|| fail(EXIT_RUNTIME_ERROR, "effx: runtime error: a pass ended without sending its results"))
}

/// The warm-up and the measured repetitions: the text of result.json.
fn repeated(repeat: &Repeat, run_pass: fn(&[Json], bool, &mut Pass)) -> String {
    let cases = read_cases();
    let run = |pass: &mut Pass| run_pass(&cases, repeat.skip, pass);
    let warm = forked_pass(&run, true, repeat);
    let inner = match repeat.inner {
        Some(k) => k,
        None if repeat.skip || repeat.min_rep_ns == 0 => 1,
        None => {
            let w = warm.times.iter().fold(0u64, |a, &t| a.saturating_add(t)).max(1);
            let k = repeat.min_rep_ns / w + u64::from(repeat.min_rep_ns % w != 0);
            k.max(1).min(MAX_INNER)
        }
    };
    let (mut reps, mut cpu_reps) = (Vec::new(), Vec::new());
    for _ in 0..repeat.repetitions {
        let mut wall = vec![0u64; warm.times.len()];
        let mut cpu = vec![0u64; warm.times.len()];
        for _ in 0..inner {
            let pass = forked_pass(&run, false, repeat);
            if pass.times.len() != wall.len() {
                fail(EXIT_RUNTIME_ERROR, "effx: runtime error: a pass measured a different number of cases");
            }
            for (sum, t) in wall.iter_mut().zip(&pass.times) {
                *sum += t;
            }
            for (sum, t) in cpu.iter_mut().zip(&pass.cpu_times) {
                *sum += t;
            }
        }
        reps.push(format!("[{}]", join_numbers(&wall)));
        cpu_reps.push(format!("[{}]", join_numbers(&cpu)));
    }
    format!(
        "{{\"outputs\":[{}],\"times_ns\":[{}],\"cpu_times_ns\":[{}],\"inner\":{},\"reps\":[{}],\"cpu_reps\":[{}]}}",
        warm.outputs,
        join_numbers(&warm.times),
        join_numbers(&warm.cpu_times),
        inner,
        reps.join(","),
        cpu_reps.join(",")
    )
}

/// Repeat mode's `run_driver`: the same 256 MB-stack thread, which forks every pass, and result.json.
pub fn run_repeated(repeat: Repeat, run_pass: fn(&[Json], bool, &mut Pass)) {
    let worker = std::thread::Builder::new()
        .name("solution".into())
        .stack_size(256 << 20)
        .spawn(move || repeated(&repeat, run_pass));
    let result = match worker {
        Ok(handle) => match handle.join() {
            Ok(result) => result,
            Err(_) => fail(EXIT_RUNTIME_ERROR, "effx: runtime error: the driver panicked (message above)"),
        },
        Err(_) => repeated(&repeat, run_pass), // no room for a big stack: run on the main thread
    };
    std::fs::write("result.json", result)
        .unwrap_or_else(|e| fail(EXIT_DRIVER_ERROR, &format!("effx: driver error: cannot write result.json: {}", e)));
}
