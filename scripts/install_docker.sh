#!/usr/bin/env bash
# Make the docker sandbox usable for the tests: a Docker engine, the offline base image and the python
# and cpp images. Idempotent: whatever is already there is reused.
#
# 1. Installs the Debian packages docker.io and debootstrap when missing.
# 2. If no engine answers, starts one in the background and leaves it running (CI machines are
#    discarded afterwards): `dockerd --bridge=none --iptables=false` (sandbox containers need no
#    network and builds use the host's), its data under $EFFX_DOCKER_STATE (default /var/tmp/effx-docker).
# 3. Builds debian:bookworm-slim with debootstrap + `docker import` when missing (no registry needed),
#    then the language images (default: python cpp; override with EFFX_DOCKER_LANGS="python cpp c").
#
# Usage: scripts/install_docker.sh
set -euo pipefail
cd "$(dirname "$0")/.."

langs="${EFFX_DOCKER_LANGS:-python cpp}"
state="${EFFX_DOCKER_STATE:-/var/tmp/effx-docker}"
started=$(date +%s)

if [[ $(id -u) -ne 0 ]]; then
  echo "install_docker.sh needs root (it installs packages and may start dockerd): run it with sudo" >&2
  exit 1
fi

missing=()
command -v dockerd >/dev/null || missing+=(docker.io)
command -v debootstrap >/dev/null || missing+=(debootstrap)
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! docker info >/dev/null 2>&1; then
  echo "no Docker engine answers: starting dockerd (data under $state, log $state/dockerd.log)"
  mkdir -p "$state"
  # Pid files left by an engine that died with the machine: its pid may now belong to another process,
  # which dockerd would take for a running containerd and wait on forever.
  for pidfile in "$state/dockerd.pid" "$state/exec/containerd/containerd.pid"; do
    if [[ -f "$pidfile" ]]; then
      pid=$(cat "$pidfile")
      comm=$(ps -o comm= -p "$pid" 2>/dev/null || true)
      case "$comm" in dockerd|containerd) ;; *) rm -f "$pidfile" ;; esac
    fi
  done
  setsid nohup dockerd --bridge=none --iptables=false --ip6tables=false \
    --data-root "$state/data" --exec-root "$state/exec" --pidfile "$state/dockerd.pid" \
    >"$state/dockerd.log" 2>&1 </dev/null &
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && break
    sleep 1
  done
  if ! docker info >/dev/null 2>&1; then
    echo "dockerd did not come up within 60 s; its log ends with:" >&2
    tail -n 20 "$state/dockerd.log" >&2
    exit 1
  fi
fi
echo "engine: docker $(docker version --format '{{.Server.Version}}')"

EFFX_DOCKER_LANGS="$langs" python3 - <<'EOF'
import os
from effx.sandbox.images import bootstrap, build

bootstrap()
for language in os.environ["EFFX_DOCKER_LANGS"].split():
    build(language, progress=lambda line: print(f"  {line}", flush=True))
EOF
echo "docker sandbox ready for: $langs ($(( $(date +%s) - started )) s)"
