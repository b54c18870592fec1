"""The conformance programs: per language, one solution for every case of the suite.

Every language gets the same cases, so a backend or language that behaves differently shows up as one
failing cell of the (backend x language x case) grid. Round trips echo one argument of each vocabulary
type back unchanged (`ECHO`); the stdio case copies stdin to stdout (`STDIO_ECHO`); the remaining cases
are variants of one task, summing a list, that fail in one specific way each (`SUM`).

`{port}` in a `no_network` program is replaced by the port of a TCP server listening on the host's
loopback: a sandbox that shares the host's network would let the connection through.
`{escape}` in a `no_write_outside` program is replaced by an absolute path outside the work directory.
"""

from __future__ import annotations

from typing import Any

ROUND_TRIPS: dict[str, tuple[str, list[Any], list[Any]]] = {
    # case name -> (vocabulary type, inputs, expected outputs when they differ from the inputs, else [])
    "int": ("int", [0, -7, 2**31 - 1, -(2**31)], []),
    "int64": ("int64", [2**52 + 1, -(2**40) - 3, 2**31, 0], []),
    "float": ("float", [0.1, -1.5e-300, 1e300, 0.0, 2.5], []),
    "bool": ("bool", [True, False], []),
    "str": ("str", ['h\u00e9llo "q" \\ /\n\t\u2603\U0001f600', "", "\u0001 ctl", "x y"], []),
    "nested_list": ("list[list[int]]", [[[1, 2], [], [3]], [], [[]], [[-1]]], []),
    "list_of_str": ("list[str]", [["a", "", 'u\u0308"x'], []], []),
    "list_node": ("ListNode", [[1, 2, 3], [], [9]], []),
    "tree_node": ("TreeNode", [[1, None, 2, 3], [], [5, 4, 8, 11, None, 13, 4, 7, 2, None, None, None, 1],
                               [1, None, 2, None, None]],
                  [[1, None, 2, 3], [], [5, 4, 8, 11, None, 13, 4, 7, 2, None, None, None, 1], [1, None, 2]]),
}
"""Echo round trips; the last tree has trailing nulls, which drivers write back trimmed."""

FAILURES: dict[str, str] = {
    # case name -> the status its SUM program must get
    "good": "ok",
    "wrong_answer": "wrong_answer",
    "compile_error": "compile_error",
    "runtime_error": "runtime_error",
    "timeout": "timeout",
    "memory_limit": "memory_limit",
    "output_limit": "output_limit",
    "no_network": "runtime_error",
    "no_write_outside": "runtime_error",
}
"""Variants of the sum task and the verdict each must earn; `good` shows the task itself works."""

STDIO_INPUTS = ["3\n1 2 3\n", "h\u00e9llo \u2603\n\ttabs and  spaces\n", "no newline at the end"]

# ---- echo: `echo(x: T) -> T` --------------------------------------------------------------------------

ECHO_TYPES: dict[str, dict[str, str]] = {
    # language -> vocabulary type -> native spelling used in the echo template
    "cpp": {"int": "int", "int64": "long long", "float": "double", "bool": "bool", "str": "string",
            "list[list[int]]": "vector<vector<int>>", "list[str]": "vector<string>", "ListNode": "ListNode*",
            "TreeNode": "TreeNode*"},
    "java": {"int": "int", "int64": "long", "float": "double", "bool": "boolean", "str": "String",
             "list[list[int]]": "List<List<Integer>>", "list[str]": "String[]", "ListNode": "ListNode",
             "TreeNode": "TreeNode"},
    "go": {"int": "int", "int64": "int64", "float": "float64", "bool": "bool", "str": "string",
           "list[list[int]]": "[][]int", "list[str]": "[]string", "ListNode": "*ListNode",
           "TreeNode": "*TreeNode"},
    "rust": {"int": "i32", "int64": "i64", "float": "f64", "bool": "bool", "str": "String",
             "list[list[int]]": "Vec<Vec<i32>>", "list[str]": "Vec<String>", "ListNode": "Option<Box<ListNode>>",
             "TreeNode": "Option<Rc<RefCell<TreeNode>>>"},
    "c": {"int": "int", "int64": "long long", "float": "double", "bool": "bool", "str": "char*",
          "ListNode": "struct ListNode*", "TreeNode": "struct TreeNode*"},
}

ECHO_TEMPLATES = {
    "python": "class Solution:\n    def echo(self, x):\n        return x\n",
    "javascript": "var echo = function(x) {\n  return x;\n};\n",
    "ruby": "def echo(x)\n  x\nend\n",
    "cpp": "class Solution {\npublic:\n    {T} echo({T} x) { return x; }\n};\n",
    "java": "class Solution {\n    public {T} echo({T} x) { return x; }\n}\n",
    "go": "func echo(x {T}) {T} {\n\treturn x\n}\n",
    "rust": "use std::rc::Rc;\nuse std::cell::RefCell;\nimpl Solution {\n    pub fn echo(x: {T}) -> {T} { x }\n}\n",
    "c": "{T} echo({T} x) { return x; }\n",
}

C_LIST_ECHOES = {
    # C passes lists with explicit sizes (LeetCode's convention), so list echoes have their own shape.
    "list[list[int]]": "int** echo(int** x, int xSize, int* xColSize, int* returnSize, int** returnColumnSizes) {\n"
                       "    *returnSize = xSize;\n    *returnColumnSizes = xColSize;\n    return x;\n}\n",
    "list[str]": "char** echo(char** x, int xSize, int* returnSize) {\n"
                 "    *returnSize = xSize;\n    return x;\n}\n",
}


def echo_solution(language: str, type_name: str) -> str:
    """The solution returning its only argument, of vocabulary type `type_name`, in `language`."""
    if language == "c" and type_name in C_LIST_ECHOES:
        return C_LIST_ECHOES[type_name]
    template = ECHO_TEMPLATES[language]
    return template.replace("{T}", ECHO_TYPES[language][type_name]) if language in ECHO_TYPES else template


# ---- stdio: copy stdin to stdout ---------------------------------------------------------------------

STDIO_ECHO = {
    "python": "import sys\nsys.stdout.write(sys.stdin.read())\n",
    "cpp": "#include <iostream>\nint main() {\n    std::cout << std::cin.rdbuf();\n    return 0;\n}\n",
    "c": "#include <stdio.h>\nint main(void) {\n    char buf[4096];\n    size_t n;\n"
         "    while ((n = fread(buf, 1, sizeof buf, stdin)) > 0) fwrite(buf, 1, n, stdout);\n    return 0;\n}\n",
    "java": "public class Main {\n    public static void main(String[] args) throws Exception {\n"
            "        System.in.transferTo(System.out);\n        System.out.flush();\n    }\n}\n",
    "javascript": "process.stdout.write(require('fs').readFileSync(0));\n",
    "go": "package main\n\nimport (\n\t\"io\"\n\t\"os\"\n)\n\nfunc main() {\n\tio.Copy(os.Stdout, os.Stdin)\n}\n",
    "rust": "use std::io::{self, Read, Write};\nfn main() {\n    let mut data = Vec::new();\n"
            "    io::stdin().read_to_end(&mut data).unwrap();\n    io::stdout().write_all(&data).unwrap();\n}\n",
    "ruby": "$stdout.write($stdin.read)\n",
}

# ---- sum: `total(nums: list[int]) -> int64`, good and bad in every way -----------------------------------

SUM: dict[str, dict[str, str]] = {
    "python": {
        "good": "class Solution:\n    def total(self, nums):\n        return sum(nums)\n",
        "wrong_answer": "class Solution:\n    def total(self, nums):\n        return sum(nums) + (len(nums) > 500)\n",
        "compile_error": "class Solution:\n    def total(self, nums)\n        return 0\n",
        "runtime_error": "class Solution:\n    def total(self, nums):\n"
                         "        raise ValueError('boom from solution')\n",
        "timeout": "class Solution:\n    def total(self, nums):\n        while True:\n            pass\n",
        "memory_limit": "class Solution:\n    def total(self, nums):\n        hog = []\n        while True:\n"
                        "            hog.append(bytearray(b'x') * (1 << 24))\n",
        "output_limit": "import sys\nclass Solution:\n    def total(self, nums):\n        line = 'x' * 65536\n"
                        "        while True:\n            sys.stdout.write(line)\n",
        "no_network": "import socket\nclass Solution:\n    def total(self, nums):\n"
                      "        socket.create_connection(('127.0.0.1', {port}), timeout=3).close()\n"
                      "        return sum(nums)\n",
        "no_write_outside": "class Solution:\n    def total(self, nums):\n"
                            "        with open('{escape}', 'w') as f:\n            f.write('x')\n"
                            "        return sum(nums)\n",
    },
    "cpp": {
        "good": "class Solution { public: long long total(vector<int>& nums) {\n"
                "  long long s = 0; for (int x : nums) s += x; return s; } };\n",
        "wrong_answer": "class Solution { public: long long total(vector<int>& nums) {\n"
                        "  long long s = 0; for (int x : nums) s += x; return s + (nums.size() > 500); } };\n",
        "compile_error": "class Solution { public: long long total(vector<int>& nums) { return undefined_name; } };\n",
        "runtime_error": "class Solution { public: long long total(vector<int>& nums) {\n"
                         "  fprintf(stderr, \"boom from solution\\n\"); abort(); } };\n",
        "timeout": "class Solution { public: long long total(vector<int>& nums) {\n"
                   "  volatile long long x = 0; while (true) { x++; } return x; } };\n",
        "memory_limit": "class Solution { public: long long total(vector<int>& nums) {\n"
                        "  vector<vector<char>> hog; while (true) hog.emplace_back(1 << 24, 'x'); return 0; } };\n",
        "output_limit": "class Solution { public: long long total(vector<int>& nums) {\n"
                        "  string line(65536, 'x'); while (true) fwrite(line.data(), 1, line.size(), stdout);\n"
                        "  return 0; } };\n",
        "no_network": "#include <sys/socket.h>\n#include <netinet/in.h>\n#include <arpa/inet.h>\n"
                      "class Solution { public: long long total(vector<int>& nums) {\n"
                      "  int fd = socket(AF_INET, SOCK_STREAM, 0); sockaddr_in a{}; a.sin_family = AF_INET;\n"
                      "  a.sin_port = htons({port}); inet_pton(AF_INET, \"127.0.0.1\", &a.sin_addr);\n"
                      "  if (fd < 0 || connect(fd, (sockaddr*)&a, sizeof a) != 0) { perror(\"connect\"); abort(); }\n"
                      "  long long s = 0; for (int x : nums) s += x; return s; } };\n",
        "no_write_outside": "class Solution { public: long long total(vector<int>& nums) {\n"
                            "  FILE* f = fopen(\"{escape}\", \"w\"); if (!f) { perror(\"fopen\"); abort(); }\n"
                            "  fclose(f); long long s = 0; for (int x : nums) s += x; return s; } };\n",
    },
    "c": {
        "good": "long long total(int* nums, int numsSize) {\n"
                "    long long s = 0;\n    for (int i = 0; i < numsSize; i++) s += nums[i];\n    return s;\n}\n",
        "wrong_answer": "long long total(int* nums, int numsSize) {\n"
                        "    long long s = 0;\n    for (int i = 0; i < numsSize; i++) s += nums[i];\n"
                        "    return s + (numsSize > 500);\n}\n",
        "compile_error": "long long total(int* nums, int numsSize) {\n    return undefined_name;\n}\n",
        "runtime_error": "long long total(int* nums, int numsSize) {\n"
                         "    fprintf(stderr, \"boom from solution\\n\");\n    abort();\n}\n",
        "timeout": "long long total(int* nums, int numsSize) {\n"
                   "    volatile long long x = 0;\n    while (1) x++;\n    return x;\n}\n",
        "memory_limit": "long long total(int* nums, int numsSize) {\n    for (;;) {\n"
                        "        char* p = malloc(1 << 24);\n"
                        "        if (!p) { fprintf(stderr, \"out of memory\\n\"); abort(); }\n"
                        "        memset(p, 'x', 1 << 24);\n    }\n}\n",
        "output_limit": "long long total(int* nums, int numsSize) {\n"
                        "    static char line[65536];\n    memset(line, 'x', sizeof line);\n"
                        "    for (;;) fwrite(line, 1, sizeof line, stdout);\n}\n",
        "no_network": "#include <sys/socket.h>\n#include <netinet/in.h>\n#include <arpa/inet.h>\n"
                      "long long total(int* nums, int numsSize) {\n"
                      "    int fd = socket(AF_INET, SOCK_STREAM, 0);\n    struct sockaddr_in a = {0};\n"
                      "    a.sin_family = AF_INET;\n    a.sin_port = htons({port});\n"
                      "    inet_pton(AF_INET, \"127.0.0.1\", &a.sin_addr);\n"
                      "    if (fd < 0 || connect(fd, (struct sockaddr*)&a, sizeof a) != 0) {\n"
                      "        perror(\"connect\");\n        abort();\n    }\n"
                      "    long long s = 0;\n    for (int i = 0; i < numsSize; i++) s += nums[i];\n    return s;\n}\n",
        "no_write_outside": "long long total(int* nums, int numsSize) {\n"
                            "    FILE* f = fopen(\"{escape}\", \"w\");\n"
                            "    if (!f) { perror(\"fopen\"); abort(); }\n    fclose(f);\n"
                            "    long long s = 0;\n    for (int i = 0; i < numsSize; i++) s += nums[i];\n"
                            "    return s;\n}\n",
    },
    "java": {
        "good": "class Solution {\n    public long total(int[] nums) {\n"
                "        long s = 0;\n        for (int x : nums) s += x;\n        return s;\n    }\n}\n",
        "wrong_answer": "class Solution {\n    public long total(int[] nums) {\n"
                        "        long s = 0;\n        for (int x : nums) s += x;\n"
                        "        return s + (nums.length > 500 ? 1 : 0);\n    }\n}\n",
        "compile_error": "class Solution {\n    public long total(int[] nums) {\n"
                         "        return undefinedName;\n    }\n}\n",
        "runtime_error": "class Solution {\n    public long total(int[] nums) {\n"
                         "        throw new IllegalStateException(\"boom from solution\");\n    }\n}\n",
        "timeout": "class Solution {\n    volatile long x;\n    public long total(int[] nums) {\n"
                   "        while (true) x++;\n    }\n}\n",
        "memory_limit": "class Solution {\n    public long total(int[] nums) {\n"
                        "        List<long[]> hog = new ArrayList<>();\n"
                        "        while (true) hog.add(new long[1 << 21]);\n    }\n}\n",
        "output_limit": "class Solution {\n    public long total(int[] nums) {\n"
                        "        String line = \"x\".repeat(65536);\n"
                        "        while (true) System.out.print(line);\n    }\n}\n",
        "no_network": "class Solution {\n    public long total(int[] nums) {\n"
                      "        try (java.net.Socket s = new java.net.Socket(\"127.0.0.1\", {port})) {\n"
                      "        } catch (java.io.IOException e) {\n"
                      "            throw new RuntimeException(e);\n        }\n"
                      "        long s = 0;\n        for (int x : nums) s += x;\n        return s;\n    }\n}\n",
        "no_write_outside": "class Solution {\n    public long total(int[] nums) {\n        try {\n"
                            "            java.nio.file.Files.writeString(java.nio.file.Path.of(\"{escape}\"), \"x\");\n"
                            "        } catch (java.io.IOException e) {\n"
                            "            throw new RuntimeException(e);\n        }\n"
                            "        long s = 0;\n        for (int x : nums) s += x;\n        return s;\n    }\n}\n",
    },
    "javascript": {
        "good": "var total = function(nums) {\n  let s = 0;\n  for (const x of nums) s += x;\n  return s;\n};\n",
        "wrong_answer": "var total = function(nums) {\n  let s = 0;\n  for (const x of nums) s += x;\n"
                        "  return s + (nums.length > 500 ? 1 : 0);\n};\n",
        "compile_error": "var total = function(nums) {\n  return nums.reduce((a, b) => a + b, 0;\n};\n",
        "runtime_error": "var total = function(nums) {\n  throw new Error('boom from solution');\n};\n",
        "timeout": "var total = function(nums) {\n  for (;;) {}\n};\n",
        "memory_limit": "var total = function(nums) {\n  const hog = [];\n"
                        "  for (;;) hog.push(new Array(1 << 20).fill(1.5));\n};\n",
        "output_limit": "var total = function(nums) {\n  const line = 'x'.repeat(65536);\n"
                        "  for (;;) require('fs').writeSync(1, line);\n};\n",
        # A synchronous connection attempt: a child node process connects and reports by its exit code.
        "no_network": "var total = function(nums) {\n"
                      "  const probe = \"require('net').connect({port}, '127.0.0.1')\" +\n"
                      "    \".on('connect', () => process.exit(0)).on('error', (e) => { console.error(e.message); "
                      "process.exit(1); })\";\n"
                      "  const done = require('child_process').spawnSync(process.execPath, ['-e', probe]);\n"
                      "  if (done.status !== 0) throw new Error('connect failed: ' + done.stderr);\n"
                      "  let s = 0;\n  for (const x of nums) s += x;\n  return s;\n};\n",
        "no_write_outside": "var total = function(nums) {\n  require('fs').writeFileSync('{escape}', 'x');\n"
                            "  let s = 0;\n  for (const x of nums) s += x;\n  return s;\n};\n",
    },
    "go": {
        "good": "func total(nums []int) int64 {\n\tvar s int64\n\tfor _, x := range nums {\n\t\ts += int64(x)\n\t}\n"
                "\treturn s\n}\n",
        "wrong_answer": "func total(nums []int) int64 {\n\tvar s int64\n\tfor _, x := range nums {\n"
                        "\t\ts += int64(x)\n\t}\n\tif len(nums) > 500 {\n\t\ts++\n\t}\n\treturn s\n}\n",
        "compile_error": "func total(nums []int) int64 {\n\treturn undefinedName\n}\n",
        "runtime_error": "func total(nums []int) int64 {\n\tpanic(\"boom from solution\")\n}\n",
        "timeout": "func total(nums []int) int64 {\n\tfor {\n\t}\n}\n",
        "memory_limit": "func total(nums []int) int64 {\n\thog := [][]byte{}\n\tfor {\n"
                        "\t\thog = append(hog, bytes.Repeat([]byte(\"x\"), 1<<24))\n\t}\n}\n",
        "output_limit": "package main\n\nimport (\n\t\"os\"\n\t\"strings\"\n)\n\n"
                        "func total(nums []int) int64 {\n\tline := strings.Repeat(\"x\", 65536)\n\tfor {\n"
                        "\t\tif _, err := os.Stdout.WriteString(line); err != nil {\n\t\t\tpanic(err)\n\t\t}\n\t}\n}\n",
        "no_network": "package main\n\nimport (\n\t\"net\"\n\t\"time\"\n)\n\n"
                      "func total(nums []int) int64 {\n"
                      "\tconn, err := net.DialTimeout(\"tcp\", \"127.0.0.1:{port}\", 3*time.Second)\n"
                      "\tif err != nil {\n\t\tpanic(err)\n\t}\n\tconn.Close()\n\tvar s int64\n"
                      "\tfor _, x := range nums {\n\t\ts += int64(x)\n\t}\n\treturn s\n}\n",
        "no_write_outside": "package main\n\nimport \"os\"\n\n"
                            "func total(nums []int) int64 {\n"
                            "\tif err := os.WriteFile(\"{escape}\", []byte(\"x\"), 0o644); err != nil {\n"
                            "\t\tpanic(err)\n\t}\n\tvar s int64\n\tfor _, x := range nums {\n\t\ts += int64(x)\n\t}\n"
                            "\treturn s\n}\n",
    },
    "rust": {
        "good": "impl Solution {\n    pub fn total(nums: Vec<i32>) -> i64 {\n"
                "        nums.iter().map(|&x| x as i64).sum()\n    }\n}\n",
        "wrong_answer": "impl Solution {\n    pub fn total(nums: Vec<i32>) -> i64 {\n"
                        "        nums.iter().map(|&x| x as i64).sum::<i64>() + (nums.len() > 500) as i64\n    }\n}\n",
        "compile_error": "impl Solution {\n    pub fn total(nums: Vec<i32>) -> i64 {\n"
                         "        undefined_name\n    }\n}\n",
        "runtime_error": "impl Solution {\n    pub fn total(nums: Vec<i32>) -> i64 {\n"
                         "        panic!(\"boom from solution\")\n    }\n}\n",
        "timeout": "impl Solution {\n    pub fn total(nums: Vec<i32>) -> i64 {\n        loop {}\n    }\n}\n",
        "memory_limit": "impl Solution {\n    pub fn total(nums: Vec<i32>) -> i64 {\n"
                        "        let mut hog: Vec<Vec<u8>> = Vec::new();\n"
                        "        loop {\n            hog.push(vec![b'x'; 1 << 24]);\n        }\n    }\n}\n",
        "output_limit": "use std::io::Write;\nimpl Solution {\n    pub fn total(nums: Vec<i32>) -> i64 {\n"
                        "        let line = \"x\".repeat(65536);\n        let mut out = std::io::stdout();\n"
                        "        loop {\n            out.write_all(line.as_bytes()).unwrap();\n        }\n    }\n}\n",
        "no_network": "impl Solution {\n    pub fn total(nums: Vec<i32>) -> i64 {\n"
                      "        std::net::TcpStream::connect((\"127.0.0.1\", {port})).expect(\"connect\");\n"
                      "        nums.iter().map(|&x| x as i64).sum()\n    }\n}\n",
        "no_write_outside": "impl Solution {\n    pub fn total(nums: Vec<i32>) -> i64 {\n"
                            "        std::fs::write(\"{escape}\", \"x\").expect(\"write\");\n"
                            "        nums.iter().map(|&x| x as i64).sum()\n    }\n}\n",
    },
    "ruby": {
        "good": "def total(nums)\n  nums.sum\nend\n",
        "wrong_answer": "def total(nums)\n  nums.sum + (nums.size > 500 ? 1 : 0)\nend\n",
        "compile_error": "def total(nums)\n  nums.sum(\nend\n",
        "runtime_error": "def total(nums)\n  raise 'boom from solution'\nend\n",
        "timeout": "def total(nums)\n  loop {}\nend\n",
        "memory_limit": "def total(nums)\n  hog = []\n  loop { hog << ('x' * (1 << 24)) }\nend\n",
        "output_limit": "def total(nums)\n  line = 'x' * 65536\n  loop { $stdout.write(line) }\nend\n",
        "no_network": "require 'socket'\ndef total(nums)\n"
                      "  TCPSocket.new('127.0.0.1', {port}).close\n  nums.sum\nend\n",
        "no_write_outside": "def total(nums)\n  File.write('{escape}', 'x')\n  nums.sum\nend\n",
    },
}
"""`SUM[language][case]`: every language writes the same good and bad solutions of `total`."""


def sum_solution(language: str, case: str, *, port: int, escape: str) -> str:
    """The sum program for `case` in `language`, with the host server's port and the escape path filled in."""
    return SUM[language][case].replace("{port}", str(port)).replace("{escape}", escape)
