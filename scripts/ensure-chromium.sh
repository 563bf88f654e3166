#!/usr/bin/env bash
# Finds the Chromium the browser tests drive: $CHROMIUM_PATH, then /usr/bin/chromium.
# On a Debian machine without it, installs Debian's `chromium` package when apt
# is usable; otherwise stops with a message saying how. Never skips silently.
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ]; then
  if [ -x "$CHROMIUM_PATH" ]; then echo "$CHROMIUM_PATH"; exit 0; fi
  echo "CHROMIUM_PATH is set to '$CHROMIUM_PATH', which is not an executable file." >&2
  exit 1
fi
if [ -x /usr/bin/chromium ]; then echo /usr/bin/chromium; exit 0; fi

if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else SUDO="none"; fi
  fi
  if [ "$SUDO" != "none" ]; then
    echo "Chromium not found; installing Debian's chromium package for the browser tests…" >&2
    $SUDO apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >&2
    if [ -x /usr/bin/chromium ]; then echo /usr/bin/chromium; exit 0; fi
  fi
fi

echo "The browser tests need Chromium and none was found. Install it (Debian/Ubuntu: 'apt-get install chromium') or set CHROMIUM_PATH to a Chromium or Chrome executable, then run 'npm test' again." >&2
exit 1
