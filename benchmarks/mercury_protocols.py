"""Both protocols through `effx run` on a Mercury-format file: throughput and Beyond agreement.

`python -m benchmarks.mercury_protocols` writes a Mercury-format JSONL of its own (three problems, four
Python solutions each, 50 generated cases per problem, solutions from well under a millisecond to about
a second for all cases) and runs `effx run --suite mercury --references` on it `--runs` times per
protocol, alternating `--protocol process` and `--protocol persistent`. Per protocol it prints
solutions per minute (command wall), the median within-run CV, and how far each solution's Beyond
(its runtime placed between the slowest and the fastest solution of its problem, Mercury's
definition) moves between two independent runs.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TWO_SUM_SOLUTIONS = [
    """class Solution:
    def twoSum(self, nums, target):
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
""", """class Solution:
    def twoSum(self, nums, target):
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                if nums[i] + nums[j] == target:
                    return [i, j]
""", """class Solution:
    def twoSum(self, nums, target):
        order = sorted(range(len(nums)), key=nums.__getitem__)
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            s = nums[order[lo]] + nums[order[hi]]
            if s == target:
                return sorted([order[lo], order[hi]])
            lo, hi = (lo + 1, hi) if s < target else (lo, hi - 1)
""", """class Solution:
    def twoSum(self, nums, target):
        for i, x in enumerate(nums):
            if target - x in nums[i + 1:]:
                return [i, nums.index(target - x, i + 1)]
"""]
TWO_SUM_GENERATOR = """import random
def generate_test_case():
    n = random.randint(2, 40)
    nums = [4 * random.randint(-1000, 1000) for _ in range(n)]
    i, j = random.sample(range(n), 2)
    nums[i] = 4 * random.randint(-1000, 1000) + 1
    nums[j] = 4 * random.randint(-1000, 1000) + 2
    return nums, nums[i] + nums[j]
"""
COUNT_PRIMES_SOLUTIONS = [
    """class Solution:
    def countPrimes(self, n):
        if n < 3:
            return 0
        sieve = bytearray([1]) * n
        sieve[0] = sieve[1] = 0
        for i in range(2, int(n ** 0.5) + 1):
            if sieve[i]:
                sieve[i * i::i] = bytes(len(range(i * i, n, i)))
        return sum(sieve)
""", """class Solution:
    def countPrimes(self, n):
        if n < 3:
            return 0
        sieve = [True] * n
        sieve[0] = sieve[1] = False
        for i in range(2, n):
            if sieve[i]:
                for j in range(i * i, n, i):
                    sieve[j] = False
        return sum(sieve)
""", """class Solution:
    def countPrimes(self, n):
        return sum(1 for k in range(2, n) if all(k % d for d in range(2, int(k ** 0.5) + 1)))
""", """class Solution:
    def countPrimes(self, n):
        primes = []
        for k in range(2, n):
            if all(k % p for p in primes if p * p <= k):
                primes.append(k)
        return len(primes)
"""]
CLIMB_SOLUTIONS = [
    """class Solution:
    def climbStairs(self, n):
        a, b = 1, 1
        for _ in range(n):
            a, b = b, a + b
        return a
""", """class Solution:
    def climbStairs(self, n):
        if n <= 1:
            return 1
        return self.climbStairs(n - 1) + self.climbStairs(n - 2)
""", """from functools import lru_cache
class Solution:
    def climbStairs(self, n):
        @lru_cache(None)
        def f(k):
            return 1 if k <= 1 else f(k - 1) + f(k - 2)
        return f(n)
""", """class Solution:
    def climbStairs(self, n):
        ways = [1, 1] + [0] * n
        for k in range(2, n + 1):
            ways[k] = ways[k - 1] + ways[k - 2]
        return ways[n]
"""]
PROBLEMS = [
    ("two-sum", "class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:\n        ",
     TWO_SUM_GENERATOR, TWO_SUM_SOLUTIONS),
    ("count-primes", "class Solution:\n    def countPrimes(self, n: int) -> int:\n        ",
     "import random\ndef generate_test_case():\n    return random.randint(1000, 60000)\n", COUNT_PRIMES_SOLUTIONS),
    ("climbing-stairs", "class Solution:\n    def climbStairs(self, n: int) -> int:\n        ",
     "import random\ndef generate_test_case():\n    return random.randint(1, 24)\n", CLIMB_SOLUTIONS),
]


def rows() -> list[dict]:
    out = []
    for number, (slug, prompt, generator, solutions) in enumerate(PROBLEMS, start=1):
        entry = prompt.split("def ")[1].split("(")[0]
        out.append({"id": number, "slug_name": slug, "difficulty": "Easy", "pretty_content": [slug],
                    "prompt": prompt, "entry_point": entry, "generator_code": generator,
                    "solutions": [{"solution": code, "runtime": "1ms"} for code in solutions], "test_cases": "[]"})
    return out


def beyond(results: list[dict]) -> dict[tuple[str, int], float]:
    """Each solution's place between its problem's slowest (0) and fastest (1) solution in this run."""
    placed = {}
    for _, group in itertools.groupby(sorted(results, key=lambda r: r["task_id"]), key=lambda r: r["task_id"]):
        ok = [r for r in group if r["status"] == "ok"]
        if len(ok) < 2:
            continue
        low, high = min(r["runtime_ms"] for r in ok), max(r["runtime_ms"] for r in ok)
        for r in ok:
            placed[(r["task_id"], r["sample_id"])] = (high - r["runtime_ms"]) / (high - low) if high > low else 1.0
    return placed


def run(data: Path, protocol: str, runs_dir: Path, run_id: str) -> tuple[float, list[dict]]:
    argv = [sys.executable, "-c", "from effx.cli.root import main; main()", "run", "--suite", "mercury",
            "--data", str(data), "--references", "--lang", "python", "--protocol", protocol,
            "--runs-dir", str(runs_dir), "--run-id", run_id, "--no-report", "--no-store"]
    started = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True, env={**os.environ, "EFFX_GENERATED_CASES": "50"})
    seconds = time.perf_counter() - started
    lines = (runs_dir / run_id / "results.jsonl").read_text().splitlines()
    return seconds, [json.loads(line) for line in lines if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "mercury.jsonl"
        data.write_text("".join(json.dumps(row) + "\n" for row in rows()))
        got: dict[str, list[tuple[float, list[dict]]]] = {"process": [], "persistent": []}
        run(data, "persistent", Path(tmp) / "runs", "warm")  # generators, expected outputs, compiles cached
        print(f"load before: {os.getloadavg()[0]:.2f}")
        for index in range(args.runs):
            for protocol in got:
                got[protocol].append(run(data, protocol, Path(tmp) / "runs", f"{protocol}-{index}"))
        print(f"load after: {os.getloadavg()[0]:.2f}\n")
    print("| protocol | solutions / min | median within-run CV | Beyond within 0.02 between runs | max drift |")
    print("|---|---|---|---|---|")
    for protocol, runs in got.items():
        per_minute = statistics.median(len(results) / seconds * 60 for seconds, results in runs)
        cv = statistics.median(r["cv"] or 0.0 for _, results in runs for r in results if r["status"] == "ok")
        drifts = []
        for (_, a), (_, b) in itertools.combinations(runs, 2):
            first, second = beyond(a), beyond(b)
            drifts += [abs(first[key] - second[key]) for key in first.keys() & second.keys()]
        within = sum(d <= 0.02 for d in drifts) / len(drifts) if drifts else float("nan")
        print(f"| {protocol} | {per_minute:.1f} | {cv:.2%} | {within:.0%} | {max(drifts, default=0):.3f} |")


if __name__ == "__main__":
    main()
