"""Every kind of bad solution gets its own verdict, in Python and C++, and never stops the batch."""

from __future__ import annotations

import pytest

from effx.measure.protocol import Job, measure_task
from effx.models import Param, Signature, Status, Task, TestCase

SUM_TASK = Task(
    id="sum_list", title="Sum of a list", mode="function",
    signature=Signature(name="total", params=[Param(name="nums", type="list[int]")], returns="int64"),
    time_limit_s=3, memory_limit_mb=256,
    cases=[TestCase(input=[[1, 2, 3]], expected=6), TestCase(input=[[5] * 1000], expected=5000),
           TestCase(input=[[]], expected=0)],
)

GOOD = {
    "python": "class Solution:\n    def total(self, nums: List[int]) -> int:\n        return sum(nums)\n",
    "cpp": "class Solution { public: long long total(vector<int>& nums) {\n"
           "  long long s = 0; for (int x : nums) s += x; return s; } };\n",
}

BAD = {
    "compile_error": {
        "python": "class Solution:\n    def total(self, nums)\n        return 0\n",
        "cpp": "class Solution { public: long long total(vector<int>& nums) { return undefined_name; } };\n",
    },
    "runtime_error": {
        "python": "class Solution:\n    def total(self, nums):\n        raise ValueError('boom from solution')\n",
        "cpp": "class Solution { public: long long total(vector<int>& nums) {\n"
               "  fprintf(stderr, \"boom from solution\\n\"); abort(); } };\n",
    },
    "timeout": {
        "python": "class Solution:\n    def total(self, nums):\n        while True:\n            pass\n",
        "cpp": "class Solution { public: long long total(vector<int>& nums) {\n"
               "  volatile long long x = 0; while (true) { x++; } return x; } };\n",
    },
    "memory_limit": {
        "python": "class Solution:\n    def total(self, nums):\n        hog = []\n        while True:\n"
                  "            hog.append(bytearray(1 << 24))\n",
        "cpp": "class Solution { public: long long total(vector<int>& nums) {\n"
               "  vector<vector<char>> hog; while (true) hog.emplace_back(1 << 24, 'x'); return 0; } };\n",
    },
    "output_limit": {
        "python": "import sys\nclass Solution:\n    def total(self, nums):\n        line = 'x' * 65536\n"
                  "        while True:\n            sys.stdout.write(line)\n",
        "cpp": "class Solution { public: long long total(vector<int>& nums) {\n"
               "  string line(65536, 'x'); while (true) fwrite(line.data(), 1, line.size(), stdout);\n"
               "  return 0; } };\n",
    },
    "wrong_answer": {
        "python": "class Solution:\n    def total(self, nums):\n        return sum(nums) + (len(nums) > 500)\n",
        "cpp": "class Solution { public: long long total(vector<int>& nums) {\n"
               "  long long s = 0; for (int x : nums) s += x; return s + (nums.size() > 500); } };\n",
    },
}


@pytest.mark.parametrize("language", ["python", "cpp"])
def test_each_failure_gets_its_status_and_the_batch_carries_on(sandbox, language):
    jobs = [Job(SUM_TASK.id, language, GOOD[language], "good", 0)]
    jobs += [Job(SUM_TASK.id, language, BAD[name][language], name, 0) for name in BAD]
    results = {r.model: r for r in measure_task(SUM_TASK, jobs, sandbox, repeat=2)}
    assert len(results) == len(jobs)
    assert results["good"].status == Status.ok, results["good"].message
    assert results["good"].runtime_ms is not None and len(results["good"].repeats) >= 2
    for name in BAD:
        assert results[name].status.value == name, (name, results[name].message)
        assert results[name].runtime_ms is None


@pytest.mark.parametrize("language", ["python", "cpp"])
def test_messages_name_the_cause(sandbox, language):
    jobs = [Job(SUM_TASK.id, language, BAD[name][language], name, 0)
            for name in ("compile_error", "runtime_error", "wrong_answer")]
    results = {r.model: r for r in measure_task(SUM_TASK, jobs, sandbox, repeat=1)}
    compiler_word = "SyntaxError" if language == "python" else "undefined_name"
    assert compiler_word in results["compile_error"].message
    assert "boom from solution" in results["runtime_error"].message
    wrong = results["wrong_answer"].message
    assert "case 2 of 3" in wrong and "expected 5000" in wrong and "got      5001" in wrong


ESCAPES = {
    "python": "import socket\nclass Solution:\n    def total(self, nums):\n"
              "        socket.create_connection(('1.1.1.1', 80), timeout=2)\n        return sum(nums)\n",
    "cpp": "#include <sys/socket.h>\n#include <netinet/in.h>\n#include <arpa/inet.h>\n"
           "class Solution { public: long long total(vector<int>& nums) {\n"
           "  int fd = socket(AF_INET, SOCK_STREAM, 0); sockaddr_in a{}; a.sin_family = AF_INET;\n"
           "  a.sin_port = htons(80); inet_pton(AF_INET, \"1.1.1.1\", &a.sin_addr);\n"
           "  if (fd < 0 || connect(fd, (sockaddr*)&a, sizeof a) != 0) { perror(\"connect\"); abort(); }\n"
           "  long long s = 0; for (int x : nums) s += x; return s; } };\n",
}
WRITES = {
    "python": "class Solution:\n    def total(self, nums):\n        open('/etc/effx-escape', 'w').write('x')\n"
              "        return sum(nums)\n",
    "cpp": "class Solution { public: long long total(vector<int>& nums) {\n"
           "  FILE* f = fopen(\"/etc/effx-escape\", \"w\"); if (!f) { perror(\"fopen\"); abort(); }\n"
           "  long long s = 0; for (int x : nums) s += x; return s; } };\n",
}


@pytest.mark.parametrize("language", ["python", "cpp"])
def test_network_and_writes_outside_the_work_directory_fail_inside_the_sandbox(isolated_sandbox, language):
    jobs = [Job(SUM_TASK.id, language, ESCAPES[language], "net", 0),
            Job(SUM_TASK.id, language, WRITES[language], "write", 0),
            Job(SUM_TASK.id, language, GOOD[language], "good", 0)]
    results = {r.model: r for r in measure_task(SUM_TASK, jobs, isolated_sandbox, repeat=1)}
    assert results["net"].status == Status.runtime_error
    assert results["write"].status == Status.runtime_error
    assert results["good"].status == Status.ok
    import os

    assert not os.path.exists("/etc/effx-escape")


class RecordingSandbox:
    """Passes everything to a real sandbox, remembering the programs it was asked to compile."""

    def __init__(self, inner):
        self.inner, self.compiled = inner, []

    def compile(self, program):
        self.compiled.append(program)
        return self.inner.compile(program)

    def run(self, *args, **kwargs):
        return self.inner.run(*args, **kwargs)


def test_programs_are_keyed_by_the_installed_toolchain_version(sandbox):
    from effx.languages.toolchains import toolchain_version

    recording = RecordingSandbox(sandbox)
    [result] = measure_task(SUM_TASK, [Job(SUM_TASK.id, "python", GOOD["python"], "good", 0)], recording, repeat=1)
    assert result.status == Status.ok
    version = toolchain_version("python")
    assert version.startswith("Python 3")
    # the solution, and the stub whose skip runs are the cross-check's baseline
    assert [program.toolchain for program in recording.compiled] == [version, version]
