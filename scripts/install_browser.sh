#!/usr/bin/env bash
# Installs what the browser test of the HTML report needs: Debian's `chromium` and PyPI's `playwright`.
# Safe to run again. Playwright drives the system browser (/usr/bin/chromium via executable_path);
# `playwright install` is deliberately not run, since it downloads a browser build of its own.
set -euo pipefail

log() { echo "install_browser: $*" >&2; }

if [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
    log "installing Debian package chromium"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c "import playwright.sync_api" 2>/dev/null; then
    log "installing playwright from PyPI"
    "$PYTHON" -m pip install -q playwright
fi
log "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo missing)"
