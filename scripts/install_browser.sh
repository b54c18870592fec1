#!/usr/bin/env bash
# Installs what the browser test of the HTML report needs: Debian's `chromium`, PyPI's `playwright` and
# npm's `axe-core` (the accessibility check injects its axe.min.js; installed globally, so under
# `npm root -g`, with Debian's `npm` brought in when missing). Safe to run again. Playwright drives the system browser (/usr/bin/chromium via executable_path);
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
AXE_VERSION="4.14.1"
if ! command -v npm >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
    log "installing Debian package npm"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends npm >/dev/null
fi
AXE_JS="$(npm root -g)/axe-core/axe.min.js"
if [ ! -f "$AXE_JS" ] || ! grep -q "axe v$AXE_VERSION" "$AXE_JS"; then
    log "installing axe-core $AXE_VERSION from npm"
    npm install -g --no-audit --no-fund --loglevel=error "axe-core@$AXE_VERSION" >&2
fi
log "axe-core: $AXE_JS"
log "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo missing)"
