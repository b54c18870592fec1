"""Throughput of `POST /score`: requests per second and latency percentiles, Python and C++.

Starts an `effx serve` app on a free loopback port in this process (or targets `--url`), scores one
warm-up answer per language (which measures the task's references once), then sends `--requests`
answers per language from `--clients` client threads and prints a Markdown table.

Every answer is a distinct program by default (a numbered comment is appended), as rollouts of a
policy are: C++ answers are then compiled each time. `--same-code` sends one program repeatedly, which
measures the compile cache instead.

    python benchmarks/reward_throughput.py --requests 50 --clients 4 --concurrency 2
"""

from __future__ import annotations

import argparse
import os
import secrets
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from typing import Any

import httpx

ANSWERS = {
    "python": ("```python\nclass Solution:\n    def twoSum(self, nums, target):\n        seen = {}\n"
               "        for j, x in enumerate(nums):\n            if target - x in seen:\n"
               "                return [seen[target - x], j]\n            seen[x] = j\n```\n", "# request {n}\n"),
    "cpp": ("```cpp\nclass Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n"
            "        unordered_map<int, int> seen;\n        for (int j = 0; j < (int)nums.size(); ++j) {\n"
            "            auto it = seen.find(target - nums[j]);\n"
            "            if (it != seen.end()) return {it->second, j};\n            seen[nums[j]] = j;\n"
            "        }\n        return {};\n    }\n};\n```\n", "// request {n}\n"),
}


def _answer(language: str, n: int, distinct: bool) -> str:
    fenced, comment = ANSWERS[language]
    if not distinct:
        return fenced
    body = fenced.rstrip().removesuffix("```").rstrip("\n")
    return f"{body}\n{comment.format(n=n)}```\n"


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def _score(client: httpx.Client, url: str, token: str, language: str, task: str, completion: str) -> dict[str, Any]:
    started = time.perf_counter()
    response = client.post(f"{url}/score", json={"task_id": task, "language": language, "completion": completion},
                           headers={"Authorization": f"Bearer {token}"}, timeout=600)
    latency = time.perf_counter() - started
    body = response.json() if response.headers.get("content-type", "").startswith("application/json") else {}
    return {"http": response.status_code, "latency_s": latency, "status": body.get("status"),
            "runtime_ms": body.get("runtime_ms")}


def run(args: argparse.Namespace) -> list[dict[str, Any]]:
    rows = []
    with ExitStack() as stack:
        url, token = args.url, args.token or os.environ.get("EFFX_SERVE_TOKEN", "")
        if not url:
            from effx.serve.app import ServeConfig, create_app
            from effx.serve.background import BackgroundServer

            token = secrets.token_hex(16)
            app = create_app(ServeConfig(token=token, concurrency=args.concurrency, max_queue=max(64, args.clients),
                                         repeat=args.repeat))
            url = stack.enter_context(BackgroundServer(app)).url
        client = stack.enter_context(httpx.Client())
        for language in args.languages:
            warm = _score(client, url, token, language, args.task, _answer(language, -1, args.distinct))
            if warm["http"] != 200 or warm["status"] != "ok":
                sys.exit(f"warm-up {language} request failed: {warm}")
            started = time.perf_counter()
            with ThreadPoolExecutor(args.clients) as pool:
                results = list(pool.map(
                    lambda n, lang=language: _score(client, url, token, lang, args.task,
                                                    _answer(lang, n, args.distinct)),
                    range(args.requests)))
            elapsed = time.perf_counter() - started
            latencies = [r["latency_s"] * 1000 for r in results]
            runtimes = [r["runtime_ms"] for r in results if r["runtime_ms"] is not None]
            rows.append({
                "language": language, "requests": len(results),
                "ok": sum(r["status"] == "ok" for r in results),
                "rejected": sum(r["http"] == 503 for r in results),
                "rps": len(results) / elapsed, "p50": _percentile(latencies, 0.5),
                "p99": _percentile(latencies, 0.99),
                "runtime": statistics.median(runtimes) if runtimes else float("nan"),
            })
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=50, help="scored answers per language")
    parser.add_argument("--clients", type=int, default=4, help="client threads sending at once")
    parser.add_argument("--concurrency", type=int, default=2, help="server measuring slots (in-process server)")
    parser.add_argument("--repeat", type=int, default=1, help="measured runs per answer (in-process server)")
    parser.add_argument("--task", default="two_sum", help="core task to score")
    parser.add_argument("--languages", nargs="+", default=["python", "cpp"], choices=sorted(ANSWERS))
    parser.add_argument("--same-code", dest="distinct", action="store_false",
                        help="send one identical program (compile cache hits) instead of distinct ones")
    parser.add_argument("--url", default="", help="score against a running `effx serve` instead")
    parser.add_argument("--token", default="", help="bearer token for --url (default: $EFFX_SERVE_TOKEN)")
    args = parser.parse_args()
    rows = run(args)
    print(f"\n/score throughput: task {args.task}, {args.clients} clients, server concurrency {args.concurrency}, "
          f"repeat {args.repeat}, {'distinct' if args.distinct else 'identical'} programs, {os.cpu_count()} cores\n")
    print("| language | requests | ok | 503 | req/s | p50 latency (ms) | p99 latency (ms) | median runtime (ms) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['language']} | {r['requests']} | {r['ok']} | {r['rejected']} | {r['rps']:.2f} | "
              f"{r['p50']:.0f} | {r['p99']:.0f} | {r['runtime']:.2f} |")


if __name__ == "__main__":
    main()
