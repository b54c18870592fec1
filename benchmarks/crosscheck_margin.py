"""False positives of the cross-check: how close honest references come to being rejected.

Every reference of the built-in suite is honest, so none may end `measurement_rejected`. For each
language this runs `effx run --suite core --references` on an idle machine and on a loaded one (a
spinning process on every core, the measured core included), and reports from each result's
`unexplained_ratio` (unexplained time as a share of the slack the cross-check allows; rejected above 1)
the largest and the 95th percentile: the margin is how far the largest stays below 1.

    python -m benchmarks.crosscheck_margin [--lang cpp ...] [--condition idle] [--repeat 3] [--out folder]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.neighbour import busy_neighbour

LANGUAGES = ("python", "c", "cpp", "java", "javascript", "go", "rust", "ruby")


def _run(language: str, repeat: int, runs_dir: Path, run_id: str) -> list[dict]:
    done = subprocess.run([sys.executable, "-m", "effx", "run", "--suite", "core", "--references", "--lang", language,
                           "--repeat", str(repeat), "--runs-dir", str(runs_dir), "--run-id", run_id],
                          capture_output=True, text=True)
    lines = (runs_dir / run_id / "results.jsonl").read_text().splitlines() if done.returncode == 0 else []
    if not lines:
        raise SystemExit(f"effx run --lang {language} failed:\n{done.stderr[-2000:]}")
    return [json.loads(line) for line in lines]


def _row(language: str, condition: str, results: list[dict], seconds: float) -> dict:
    ratios = sorted(r["unexplained_ratio"] for r in results if r.get("unexplained_ratio") is not None)
    rejected = [f"{r['task_id']}/{r.get('reference_name', '')}" for r in results
                if r["status"] == "measurement_rejected"]
    p95 = ratios[min(len(ratios) - 1, int(0.95 * len(ratios)))] if ratios else None
    return {"language": language, "condition": condition, "references": len(results),
            "checked": len(ratios), "rejected": rejected, "max_ratio": ratios[-1] if ratios else None,
            "p95_ratio": p95, "median_ratio": statistics.median(ratios) if ratios else None,
            "seconds": round(seconds, 1), "load": os.getloadavg()[0]}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", action="append", choices=LANGUAGES, help="language (repeatable); default all")
    parser.add_argument("--condition", action="append", choices=("idle", "loaded"),
                        help="machine condition (repeatable); default both")
    parser.add_argument("--repeat", type=int, default=3, help="measured runs per reference")
    parser.add_argument("--out", type=Path, default=None, help="folder for the runs and rows.json")
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="effx-crosscheck-"))
    rows = []
    cores = sorted(os.sched_getaffinity(0))
    for language in args.lang or LANGUAGES:
        for condition in args.condition or ("idle", "loaded"):
            spinners = [busy_neighbour(core) for core in (cores if condition == "loaded" else [])]
            for spinner in spinners:
                spinner.__enter__()
            started = time.monotonic()
            try:
                results = _run(language, args.repeat, out, f"{language}-{condition}")
            finally:
                for spinner in spinners:
                    spinner.__exit__(None, None, None)
            rows.append(_row(language, condition, results, time.monotonic() - started))
            print(json.dumps(rows[-1]), flush=True)
    (out / "rows.json").write_text(json.dumps(rows, indent=1))
    print("\n| language | condition | references | rejected | max ratio | p95 ratio | median ratio |")
    print("|---|---|---|---|---|---|---|")
    for row in rows:
        print(f"| {row['language']} | {row['condition']} | {row['checked']} | {len(row['rejected'])} | "
              f"{row['max_ratio']:.2f} | {row['p95_ratio']:.2f} | {row['median_ratio']:.2f} |")


if __name__ == "__main__":
    main()
