#!/usr/bin/env bash
# Install, from Debian's apt repositories, the toolchains effx's language plugins need and this
# machine lacks. Idempotent: a toolchain already reachable at a system path is left alone.
#
# System paths matter: the local sandbox runs programs as uid nobody with only /usr, /bin, /lib and
# /etc visible, so a compiler under /root (rustup, pyenv, nvm) cannot be used there. That is why
# rustc is checked at /usr/bin/rustc rather than on PATH.
#
# Usage: scripts/install_toolchains.sh [--dry-run]
set -euo pipefail

dry_run=0
[[ "${1:-}" == "--dry-run" ]] && dry_run=1

# command (as the sandbox sees it) -> Debian package providing it
declare -A packages=(
  [/usr/bin/gcc]=gcc
  [/usr/bin/g++]=g++
  [/usr/bin/python3]=python3
  [/usr/bin/go]=golang-go
  [/usr/bin/ruby]=ruby
  [/usr/bin/node]=nodejs
  [/usr/bin/javac]=default-jdk-headless
  [/usr/bin/rustc]=rustc
  [/usr/bin/bwrap]=bubblewrap
)

missing=()
for path in "${!packages[@]}"; do
  if [[ -x "$path" ]]; then
    echo "present: $path"
  else
    echo "missing: $path (package ${packages[$path]})"
    missing+=("${packages[$path]}")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "all toolchains present"
  exit 0
fi
if [[ $dry_run -eq 1 ]]; then
  echo "would install: ${missing[*]}"
  exit 0
fi
if [[ $(id -u) -ne 0 ]]; then
  echo "installing ${missing[*]} needs root: run this script with sudo" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y --no-install-recommends "${missing[@]}"
echo "installed: ${missing[*]}"
