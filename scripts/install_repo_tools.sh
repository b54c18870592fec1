#!/usr/bin/env bash
# Tools for repository mode (effx repo): git and GNU patch for the patch fallback chain, make and a C
# compiler for C/C++ repositories, hyperfine for command workloads (Debian's 1.x, and 2.x from PyPI;
# the tests read both export schemas), GitPython, and wheel (so `pip install --no-build-isolation -e .`
# works offline with setuptools). Safe to run again: it installs only what is missing.
set -euo pipefail

missing=()
for tool in git patch make gcc; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
[ -x /usr/bin/hyperfine ] || missing+=(hyperfine)
if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

python3 - <<'PY' || python3 -m pip install -q gitpython astral-dev-toolchain-hyperfine wheel
import importlib.metadata as md
for dist in ("gitpython", "astral-dev-toolchain-hyperfine", "wheel"):
    md.version(dist)
PY
