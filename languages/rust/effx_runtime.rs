//! effx's Rust driver runtime: everything a function-task driver needs that does not depend on the task.
//!
//! Every Rust function-task program is `main.rs` (rendered from driver.rs.j2: the LeetCode types, the
//! solution and a loop over the cases) linked against this crate. It is the same for every program, so
//! the plugin compiles it once per compiler into an rlib (a shared build) instead of once per program;
//! without that rlib the program's compile script builds it from this file first, with the same flags.
//!
//! What lives here: a minimal JSON parser and writer, the `FromJson`/`ToJson` conversions (picked by
//! type inference from the solution's own signature), reading `cases.json`, collecting outputs and
//! times, the big-stack solution thread and writing `result.json`.
//!
//! `ListNode` and `TreeNode` are defined by `main.rs`, not here: a type from another crate could not get
//! `impl Ord for ListNode` or `impl ListNode { .. }` from a solution (Rust's orphan rules), and LeetCode
//! solutions write both. The list and tree conversions are therefore generic over the small
//! `LinkedListNode` / `BinaryTreeNode` traits, which `main.rs` implements for its two types.
//!
//! Exit codes: 0 ok; 1 the solution panicked (or returned a cyclic tree); 2 `cases.json` does not match
//! the signature (not the solution's fault).
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
