"""Repository mode (SWE-Perf style): patch a real repository, test it, time it, decide with statistics.

Modules, in pipeline order: `instances` (load instance and prediction files), `workspace` (mirrored
clones and worktrees), `environment` (per-instance venv and process environment), `patching` (safety
check and fallback chain), `workloads` (pytest call durations, `hyperfine` commands), `stats` (filtered
medians, bootstrap speedup interval, SWE-Perf gain), `pipeline` (one instance end to end), `run`
(resumable runs and SWE-Perf metrics), `validate` and `cli`. The instance format is documented in
README.md beside this file.
"""
