"""Repository mode (SWE-Perf style): patch a real repository, test it, time it, decide with statistics.

Modules, in pipeline order: `instances` (load instance and prediction files), `workspace` (mirrored
clones and worktrees), `environment` (per-instance venv and process environment), `patching` (safety
check and fallback chain), `workloads` (pytest call durations, `hyperfine` commands), `stats` (filtered
medians, bootstrap speedup interval, SWE-Perf gain), `pipeline` (one instance end to end), `repo_run`
(resumable runs and SWE-Perf metrics), `rescore` (reports from saved logs) and `preflight` (are the
instances usable before a long run). The commands are in `effx.cli.repo_commands`. The instance format is
documented in README.md beside this file.
"""
